// @vitest-environment node
import { describe, expect, it } from 'vitest';

/**
 * The layering rule of src/: a feature folder (src/features/<name>/) imports another feature only
 * through src/shared/, and src/shared/ imports no feature. What two features both need moves to
 * shared/. (src/app composes the features and may import them.)
 */

/** Every source file under src/, by its path from src/ (e.g. `features/playground/ModelSettings.tsx`). */
const SOURCES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.gen.ts'], { query: '?raw', import: 'default', eager: true }),
  ).map(([path, text]) => [resolve('test', path), text]),
);

const IMPORT = /(?:\bimport|\bexport)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g;

/** The import specifiers of a source text: static, re-exports, side-effect and dynamic imports. */
function specifiers(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

/** A relative specifier resolved against the importing file's folder, as a path from src/. */
function resolve(fromFolder: string, specifier: string): string {
  const parts = fromFolder.split('/').filter(Boolean);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** `features/<name>` of a path inside a feature folder, `shared` for shared code, else null. */
function areaOf(path: string): string | null {
  const [top, name] = path.split('/');
  if (top === 'features' && name) return `features/${name}`;
  return top === 'shared' ? 'shared' : null;
}

/** Each import that breaks the rule, as `importer -> imported`. */
function boundaryViolations(sources: Readonly<Record<string, string>>): string[] {
  const violations: string[] = [];
  for (const [file, text] of Object.entries(sources)) {
    const from = areaOf(file);
    if (!from) continue;
    for (const specifier of specifiers(text)) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(file.split('/').slice(0, -1).join('/'), specifier);
      const to = areaOf(target);
      const crossesFeatures = to?.startsWith('features/') && to !== from;
      if (crossesFeatures) violations.push(`${file} -> ${target}`);
    }
  }
  return violations;
}

describe('import boundaries', () => {
  it('reads the source tree', () => {
    expect(Object.keys(SOURCES)).toContain('features/playground/ModelSettings.tsx');
    expect(Object.keys(SOURCES)).toContain('shared/api/apiClient.ts');
  });

  it('no feature imports another feature, and shared code imports none', () => {
    expect(boundaryViolations(SOURCES)).toEqual([]);
  });

  it('would catch a feature importing another, in any import form, and shared code importing a feature', () => {
    const bad = {
      'features/playground/A.tsx': "import { ProvidersPage } from '../providers/ProvidersPage';",
      'features/playground/B.ts': "export type {\n  X,\n} from '../credentials/x';",
      'features/playground/C.ts': "const lazy = () => import('../../features/prompts/PromptsPage');",
      'shared/ui/D.tsx': "import '../../features/playground/styles.css';",
      'features/playground/ok.ts': "import { api } from '../../shared/api';\nimport { x } from './x';",
      'app/AppRoutes.tsx': "import { PlaygroundPage } from '../features/playground/PlaygroundPage';",
    };

    expect(boundaryViolations(bad)).toEqual([
      'features/playground/A.tsx -> features/providers/ProvidersPage',
      'features/playground/B.ts -> features/credentials/x',
      'features/playground/C.ts -> features/prompts/PromptsPage',
      'shared/ui/D.tsx -> features/playground/styles.css',
    ]);
  });
});
