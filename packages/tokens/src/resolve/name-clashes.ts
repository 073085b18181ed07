import type { Problem } from '@blason/core/problem';
import { ROOT_OUTPUT_NAME, ROOT_TOKEN, type TokenDefinition } from '../schema/tree.js';

/**
 * A name is either a token or a group. Across sources the two can meet: a partner file defining a
 * token `color` while the modes define `color.text.*`. Reported on the token, once per path.
 */
export function nameCollisions(definitions: ReadonlyMap<string, TokenDefinition>): Problem[] {
  const groupMember = new Map<string, TokenDefinition>();
  for (const [path, definition] of definitions) {
    const parts = path.split('.');
    for (let end = 1; end < parts.length; end++) {
      const prefix = parts.slice(0, end).join('.');
      if (!groupMember.has(prefix)) groupMember.set(prefix, definition);
    }
  }
  const problems: Problem[] = [];
  for (const [path, token] of definitions) {
    const twin = path.endsWith(`.${ROOT_TOKEN}`)
      ? `${path.slice(0, -ROOT_TOKEN.length)}${ROOT_OUTPUT_NAME}`
      : undefined;
    if (twin !== undefined && definitions.has(twin)) {
      problems.push({
        code: 'token/output-name-clash',
        message: `"${path}" and "${twin}" would have the same name in the build outputs`,
        file: token.file,
        path,
        ...(token.line === undefined ? {} : { line: token.line, column: token.column }),
        expected: `one of the two, or another name for "${twin}"`,
      });
    }
    const member = groupMember.get(path);
    if (!member) continue;
    problems.push({
      code: 'token/token-and-group',
      message: `"${path}" is a token here and a group where ${member.path} is defined: a name is either a token or a group`,
      file: token.file,
      path,
      ...(token.line === undefined ? {} : { line: token.line, column: token.column }),
      expected: `rename the token or move it into the group (e.g. "${path}.default")`,
    });
  }
  return problems;
}
