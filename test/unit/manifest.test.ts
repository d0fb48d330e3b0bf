// package.json and the code name the same commands and views: ids kept in two places must agree, so a
// renamed or added command cannot leave a dead menu entry, key binding or palette item. Setting defaults are
// written only in package.json: the code lists the settings it reads with their types and ranges
// (src/extension/settings.ts), and these must match the manifest's.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CMD, SPEAKERS_VIEW } from '../../src/extension/commandIds';
import { accepts, parseConfig, SETTINGS, type SettingKey } from '../../src/extension/settings';

const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8'));
const contributes = manifest.contributes;

describe('package.json and the code agree', () => {
  it('contributes exactly the commands the code registers', () => {
    const declared = contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepStrictEqual(declared, Object.values(CMD).sort());
  });

  it('names only contributed commands in key bindings and menus', () => {
    const known = new Set<string>(Object.values(CMD));
    for (const k of contributes.keybindings)
      assert.ok(known.has(k.command), `key binding for unknown command ${k.command}`);
    for (const [menu, items] of Object.entries(contributes.menus as Record<string, { command?: string }[]>)) {
      for (const item of items)
        if (item.command) assert.ok(known.has(item.command), `${menu} names unknown command ${item.command}`);
    }
  });

  it('contributes the Speakers view under the id the code uses', () => {
    const views = Object.values(contributes.views as Record<string, { id: string }[]>)
      .flat()
      .map((v) => v.id);
    assert.ok(views.includes(SPEAKERS_VIEW), `${SPEAKERS_VIEW} not in ${views.join(', ')}`);
  });

  it('declares an activation event for every contributed view', () => {
    const views = Object.values(contributes.views as Record<string, { id: string }[]>)
      .flat()
      .map((v) => v.id);
    for (const id of views)
      assert.ok(manifest.activationEvents.includes(`onView:${id}`), `no onView:${id} activation event`);
  });

  it('activates when a plain-text article opens, and at start in a folder that holds .txt files (issue 9)', () => {
    // A lone article opened anywhere activates News Lens; in a folder of articles it starts with VS Code, so that
    // its worker is up and warm before the first article is opened (the editor's first-article latency).
    assert.ok(manifest.activationEvents.includes('onLanguage:plaintext'));
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/*.txt'));
    assert.ok(!manifest.activationEvents.includes('*'), 'never in every window');
  });
});

/** package.json's `newsLens.*` settings, by key without the prefix. */
function contributedSettings(): Record<
  string,
  { type: string; default: unknown; minimum?: number; maximum?: number; items?: { enum?: string[] }; enum?: string[] }
> {
  const out: Record<string, any> = {};
  for (const section of contributes.configuration) {
    for (const [key, schema] of Object.entries(section.properties as Record<string, unknown>))
      out[key.replace(/^newsLens\./, '')] = schema;
  }
  return out;
}

describe('package.json settings and the code agree', () => {
  const declared = contributedSettings();

  it('contributes exactly the settings the code reads', () => {
    assert.deepStrictEqual(Object.keys(declared).sort(), Object.keys(SETTINGS).sort());
  });

  it('gives each setting the type, range and allowed items the code accepts', () => {
    for (const [key, spec] of Object.entries(SETTINGS)) {
      const schema = declared[key];
      assert.equal(schema.type, spec.type, `newsLens.${key}: type`);
      if (spec.type === 'number') {
        assert.equal(schema.minimum, spec.minimum, `newsLens.${key}: minimum`);
        assert.equal(schema.maximum, spec.maximum, `newsLens.${key}: maximum`);
      }
      if (spec.type === 'array') assert.deepStrictEqual(schema.items?.enum, [...spec.items], `newsLens.${key}: items`);
      if (spec.type === 'string')
        assert.deepStrictEqual(schema.enum, 'enum' in spec ? [...spec.enum] : undefined, `newsLens.${key}: enum`);
    }
  });

  it('declares a default for every setting, of the type and in the range the code accepts', () => {
    for (const [key, spec] of Object.entries(SETTINGS)) {
      const schema = declared[key];
      assert.ok('default' in schema, `newsLens.${key} has no default`);
      assert.ok(
        accepts(spec, schema.default),
        `newsLens.${key}: default ${JSON.stringify(schema.default)} is not a ${spec.type}`,
      );
      if (spec.type === 'number') {
        const d = schema.default as number;
        assert.ok(d >= spec.minimum && d <= spec.maximum, `newsLens.${key}: default ${d} out of range`);
      }
      if (spec.type === 'array')
        for (const item of schema.default as unknown[])
          assert.ok((spec.items as readonly unknown[]).includes(item), `newsLens.${key}: default item ${item}`);
    }
  });

  it('the defaults read back as themselves (nothing else stands in for them)', () => {
    const defaults = (key: SettingKey) => declared[key].default;
    const config = parseConfig(defaults, defaults);
    assert.equal(config.enabled, defaults('enabled'));
    assert.deepStrictEqual([...config.entityTypes], defaults('entityTypes'));
    assert.deepStrictEqual([...config.quoteKinds], defaults('quoteKinds'));
    assert.equal(config.debounceMs, defaults('debounceDelay'));
    assert.equal(config.maxLength, (defaults('maxDocumentSizeMB') as number) * 1024 * 1024);
    assert.equal(config.revealOnCursor, defaults('speakersView.revealOnCursor'));
    assert.deepStrictEqual(config.knownPeople, []);
    assert.equal(config.reviewBelow, defaults('reviewBelow'));
    assert.equal(config.sourcesInclude, defaults('sources.include'));
    assert.equal(config.sourcesMaxFiles, defaults('sources.maxFiles'));
  });

  it('src/extension reads settings without a default of its own (package.json has it)', () => {
    const dir = path.join(process.cwd(), 'src', 'extension');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const code = fs.readFileSync(path.join(dir, file), 'utf8');
      const withDefault = code.match(/\.get(?:<[^>]*>)?\(\s*['"`][^'"`]+['"`]\s*,[^)]*\)/g) ?? [];
      assert.deepStrictEqual(withDefault, [], `${file} reads a setting with a default`);
    }
  });
});
