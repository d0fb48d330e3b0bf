// package.json and the code name the same commands and views: ids kept in two places must agree, so a
// renamed or added command cannot leave a dead menu entry, key binding or palette item.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CMD, SPEAKERS_VIEW } from '../../src/extension/commandIds';

const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8'));
const contributes = manifest.contributes;

describe('package.json and the code agree', () => {
  it('contributes exactly the commands the code registers', () => {
    const declared = contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepStrictEqual(declared, Object.values(CMD).sort());
  });

  it('names only contributed commands in key bindings and menus', () => {
    const known = new Set<string>(Object.values(CMD));
    for (const k of contributes.keybindings) assert.ok(known.has(k.command), `key binding for unknown command ${k.command}`);
    for (const [menu, items] of Object.entries(contributes.menus as Record<string, { command?: string }[]>)) {
      for (const item of items) if (item.command) assert.ok(known.has(item.command), `${menu} names unknown command ${item.command}`);
    }
  });

  it('contributes the Speakers view under the id the code uses', () => {
    const views = Object.values(contributes.views as Record<string, { id: string }[]>).flat().map((v) => v.id);
    assert.ok(views.includes(SPEAKERS_VIEW), `${SPEAKERS_VIEW} not in ${views.join(', ')}`);
  });

  it('declares an activation event for every contributed view', () => {
    const views = Object.values(contributes.views as Record<string, { id: string }[]>).flat().map((v) => v.id);
    for (const id of views) assert.ok(manifest.activationEvents.includes(`onView:${id}`), `no onView:${id} activation event`);
  });
});
