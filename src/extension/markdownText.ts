/**
 * Article text (names, roles, the first words of quotes, cues) for a hover's Markdown, made inert: it shows
 * exactly as written and can never become a link, markup, HTML or a theme icon.
 *
 * Every ASCII punctuation character gets a backslash: CommonMark renders an escaped punctuation character as
 * that character and nothing else, so `**`, `[x](y)`, `<b>` and `&amp;` stay text, and VS Code's renderer
 * (marked with GFM autolinks) finds no literal `://`, `www.` or `name@host` to turn into a link. Theme icon
 * syntax `$(name)` also gets VS Code's own icon escape, which survives Markdown as `\$(name)`. Whitespace
 * runs (line breaks too) become one space, so no line of it can start a list, a heading or a code block.
 * Unlike a code span or zero-width characters, this keeps the hover's normal font, and copying the text
 * from the hover gives the article's characters.
 */
export function inertMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\$\(/g, '\\$(')
    .replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}
