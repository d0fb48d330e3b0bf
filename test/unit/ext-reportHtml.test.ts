// The Source Diversity panel's HTML shell (src/extension/reportHtml.ts) and the saved HTML report
// (src/extension/reportDocument.ts): a strict Content Security Policy with a fresh nonce on every script, nothing
// from the network; the saved file self-contained (inline SVG and CSS, concrete colors, no script, no reference).
import * as assert from 'assert';
import { contentSecurityPolicy, newNonce, reportShellHtml } from '../../src/extension/reportHtml';
import { inertSvg, reportDocument } from '../../src/extension/reportDocument';

const CSP_SOURCE = 'https://*.vscode-cdn.net';
const shell = (nonce = 'abc123+/=') =>
  reportShellHtml({
    cspSource: CSP_SOURCE,
    nonce,
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/report.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/report.css',
  });

function policy(html: string): Map<string, string[]> {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(m, 'the shell declares a Content Security Policy');
  const out = new Map<string, string[]>();
  for (const part of m[1].replace(/&#39;|&apos;/g, "'").split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name, values);
  }
  return out;
}

describe('report panel: the HTML shell and its Content Security Policy', () => {
  it('loads nothing by default; scripts only with the nonce; styles only from the extension, never inline', () => {
    const csp = policy(shell('n0nce'));
    assert.deepStrictEqual(csp.get('default-src'), ["'none'"]);
    assert.deepStrictEqual(csp.get('script-src'), ["'nonce-n0nce'"]);
    assert.deepStrictEqual(csp.get('style-src'), [CSP_SOURCE]);
    assert.deepStrictEqual(csp.get('img-src'), ['data:']);
    for (const [name, values] of csp) {
      assert.ok(!values.includes("'unsafe-inline'"), `${name} allows no inline code`);
      assert.ok(!values.includes("'unsafe-eval'"), `${name} allows no eval`);
      assert.ok(!values.some((v) => v === '*' || v === 'https:' || v === 'http:'), `${name} allows no network`);
    }
  });

  it('every <script> carries the nonce, and there is no inline script or style', () => {
    const nonce = newNonce();
    const html = shell(nonce);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.ok(scripts.length >= 1);
    for (const s of scripts) assert.ok(s.includes(`nonce="${nonce}"`), `${s} carries the nonce`);
    assert.ok(!/<script\b[^>]*>[^<]+<\/script>/.test(html), 'no inline script body');
    assert.ok(!/<style\b/.test(html), 'no <style> element');
    assert.ok(!/\sstyle=/.test(html), 'no style attribute');
    assert.ok(!/\son[a-z]+=/.test(html), 'no inline event handler');
  });

  it('references only the extension’s own files (no CDN, works offline)', () => {
    const html = shell();
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    assert.deepStrictEqual(urls.sort(), [
      'https://file+.vscode-resource.vscode-cdn.net/ext/dist/report.js',
      'https://file+.vscode-resource.vscode-cdn.net/ext/media/report.css',
    ]);
  });

  it('a fresh nonce each time: 128 random bits', () => {
    const seen = new Set(Array.from({ length: 50 }, newNonce));
    assert.strictEqual(seen.size, 50);
    for (const n of seen) assert.strictEqual(Buffer.from(n, 'base64').length, 16);
  });

  it('quotes the policy and URIs safely inside attributes', () => {
    const html = reportShellHtml({ cspSource: 'x"><script>', nonce: 'n', scriptUri: 'a"b', styleUri: 'c<d' });
    assert.ok(!html.includes('"><script>'));
    assert.ok(html.includes('a&quot;b'));
    assert.strictEqual(contentSecurityPolicy('S', 'N').includes("script-src 'nonce-N'"), true);
  });
});

describe('report panel: the saved HTML report', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="10" height="5" fill="#d18616"/>' +
    '<text fill="#1f1f1f">Ines Moreau</text></svg>';
  const doc = (extra = '') =>
    reportDocument({
      title: 'Source Diversity',
      summary: '3 articles · 9 quotes',
      generated: new Date('2026-01-02T03:04:00Z'),
      charts: [
        {
          id: 'top',
          title: 'Most quoted <sources>',
          description: 'The 15 named sources',
          svg: svg + extra,
          legend: [{ swatch: 'female', text: 'Female' }],
        },
      ],
      theme: {
        background: '#ffffff',
        foreground: '#1f1f1f',
        muted: '#616161',
        border: 'rgba(0, 0, 0, 0.2)',
        fontFamily: '"Segoe WPC", "Segoe UI", sans-serif',
        swatches: { female: '#d18616', male: '#1a5cff' },
      },
    });

  it('holds the charts as inline SVG, with inline CSS of concrete colors', () => {
    const html = doc();
    assert.ok(html.includes(svg));
    assert.match(html, /<style>[\s\S]*background: #ffffff[\s\S]*<\/style>/);
    assert.match(html, /\.swatch\.female \{ background: #d18616; \}/);
    assert.ok(!/var\(--/.test(html), 'no CSS variable');
    assert.ok(html.includes('Most quoted &lt;sources&gt;'), 'titles escaped');
  });

  it('has no script and no external reference', () => {
    const html = doc('<script>alert(1)</script><image href="https://example.com/x.png" onload="x()"/>');
    assert.ok(!/<script\b/i.test(html));
    assert.ok(!/\b(?:src|href)\s*=/i.test(html));
    assert.ok(!/onload/i.test(html));
    assert.ok(!/<link\b/i.test(html));
  });

  it('keeps in-document references in an SVG and drops the rest', () => {
    assert.strictEqual(inertSvg('<use href="#a"/>'), '<use href="#a"/>');
    assert.strictEqual(inertSvg('<use xlink:href="http://x/y#a"/>'), '<use/>');
  });

  it('does not let a theme value close its CSS rule or load anything', () => {
    const html = reportDocument({
      title: 't',
      summary: '',
      generated: new Date(0),
      charts: [],
      theme: {
        background: 'red; } body { background: url(https://example.com/x)',
        foreground: '#000',
        muted: '#111',
        border: '#222',
        fontFamily: 'x',
        swatches: { 'a{}': '#333', female: 'url(http://e/x)' },
      },
    });
    assert.ok(!html.includes('example.com'));
    assert.ok(!html.includes('url('));
    assert.ok(!html.includes('a{}'));
  });
});
