// src/extension/markdownText.ts in plain Node: article text in hover Markdown is inert.
import * as assert from 'node:assert/strict';
import { inertMarkdown } from '../../src/extension/markdownText';

/** What marked (VS Code's Markdown renderer) makes of backslash escapes: the escaped character. */
const unescape = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('inertMarkdown', () => {
  it('leaves letters, digits, spaces and non-ASCII text alone', () => {
    assert.equal(inertMarkdown('Elena Ruiz'), 'Elena Ruiz');
    assert.equal(inertMarkdown('Zürich “quoted” — 東京 😀 2024'), 'Zürich “quoted” — 東京 😀 2024');
  });

  it('escapes every ASCII punctuation character, so no Markdown, HTML or entity is left', () => {
    assert.equal(inertMarkdown('**bold** [x](y) <b>&amp;'), '\\*\\*bold\\*\\* \\[x\\]\\(y\\) \\<b\\>\\&amp\\;');
    assert.equal(inertMarkdown('# 1. - > | ~ _'), '\\# 1\\. \\- \\> \\| \\~ \\_');
    for (let c = 0x21; c < 0x7f; c++) {
      const ch = String.fromCharCode(c);
      if (/[A-Za-z0-9]/.test(ch)) continue;
      assert.equal(inertMarkdown(ch), ch === '$' ? '\\$' : `\\${ch}`, `character ${ch}`);
    }
  });

  it('leaves nothing GFM would autolink: no literal ://, www. or name@host', () => {
    const out = inertMarkdown('see http://evil.example/login, ftp://x.example, www.evil.example or press@evil.example');
    assert.doesNotMatch(out, /:\/\/|www\.|[A-Za-z0-9]@[A-Za-z0-9]/);
    assert.equal(
      unescape(out),
      'see http://evil.example/login, ftp://x.example, www.evil.example or press@evil.example',
      'reads as written',
    );
  });

  it("theme icon syntax keeps VS Code's icon escape after Markdown", () => {
    const out = inertMarkdown('$(alert) costs $5');
    assert.equal(out, '\\\\\\$\\(alert\\) costs \\$5');
    assert.equal(unescape(out), '\\$(alert) costs $5', 'the icon renderer shows an escaped \\$(alert) as $(alert)');
  });

  it('collapses whitespace, line breaks included, to single spaces', () => {
    assert.equal(inertMarkdown('a \n\n    b\t\r\nc'), 'a b c');
    assert.equal(inertMarkdown(''), '');
  });
});
