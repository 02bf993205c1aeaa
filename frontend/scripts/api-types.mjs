/**
 * Generates src/shared/api/schema.gen.ts from ../openapi.yaml with openapi-typescript.
 *
 *   node scripts/api-types.mjs          write the file (npm run api:types)
 *   node scripts/api-types.mjs --check  fail when the committed file differs (npm run api:check)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const contract = new URL('../../openapi.yaml', import.meta.url);
const target = new URL('../src/shared/api/schema.gen.ts', import.meta.url);

const HEADER = `/**
 * Generated from ../openapi.yaml by openapi-typescript (scripts/api-types.mjs). Do not edit:
 * change the contract, then run \`npm run api:types\`. \`npm run api:check\` (and the Maven build)
 * fails while this file is stale.
 */

`;

async function generate() {
  const ast = await openapiTS(contract, { immutable: true });
  return HEADER + astToString(ast);
}

const generated = await generate();
const targetPath = fileURLToPath(target);

if (process.argv.includes('--check')) {
  const committed = await readFile(targetPath, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error('schema.gen.ts is stale: run npm run api:types');
    process.exit(1);
  }
  console.log('schema.gen.ts matches ../openapi.yaml');
} else {
  await writeFile(targetPath, generated);
  console.log(`wrote ${targetPath}`);
}
