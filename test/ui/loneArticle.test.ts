// A lone article: VS Code on a folder that holds no .txt file, so News Lens does not start with VS Code
// (`workspaceContains:**/*.txt` does not match); opening a plain-text article starts it (`onLanguage:plaintext`)
// and the article gets its highlights. The article is `.news`, made plain text by the folder's files.associations.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openFile, openWorkbench, ROOT, visibleEditorText, waitForDecorations, type Workbench } from './support';

describe('a lone article (UI)', function () {
  this.timeout(120000);
  let wb: Workbench | undefined;
  let folder: string;

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-lone-'));
    fs.copyFileSync(path.join(ROOT, 'samples', 'river-port-strike.txt'), path.join(folder, 'river-port-strike.news'));
    fs.mkdirSync(path.join(folder, '.vscode'));
    fs.writeFileSync(
      path.join(folder, '.vscode', 'settings.json'),
      JSON.stringify({ 'files.associations': { '*.news': 'plaintext' } }),
    );
    wb = await openWorkbench({ folder });
  });
  after(async () => {
    await wb?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('starts News Lens when the article is opened and highlights its names', async () => {
    assert.deepEqual(
      fs.readdirSync(folder).filter((f) => f.endsWith('.txt')),
      [],
      'no .txt file in the folder',
    );
    await openFile(wb!.page, 'river-port-strike.news');
    assert.match(await visibleEditorText(wb!.page), /Prime Minister Elena Varga said/);
    const found = await waitForDecorations(wb!.page, 3);
    assert.ok(
      found.some((d) => d.text.includes('Varga')),
      `a decoration covers Varga: ${JSON.stringify(found.map((d) => d.text))}`,
    );
  });
});
