/**
 * Finds the SharePoint writes in TypeScript source, from its syntax alone: PnPjs item and list
 * writes (`….items.add(…)`, `….getById(n).update(…)`, `.delete()`, `.recycle()`,
 * `.validateUpdateListItem(…)`, `.addValidateUpdateItemUsingPath(…)`), PnPjs's low-level write helpers (`spPost`, `spPatch`,
 * `spPostMerge`, `spDelete`, `spPostDelete`, `spPostDeleteETag`) and `fetch` calls whose method
 * is not GET. Each write says whether it passes an ETag, so a test can insist that every update
 * and delete does (without one, PnPjs sends `IF-MATCH: *` and silently overwrites).
 */
import * as ts from 'typescript';

export interface ISharePointWrite {
  readonly file: string;
  readonly line: number;
  readonly call: string;
  /** add (creating cannot conflict), or a change to something that exists. */
  readonly kind: 'create' | 'change' | 'raw';
  /** An ETag argument (update/delete), or an IF-MATCH header on a raw request. */
  readonly passesETag: boolean;
}

/** Methods of PnPjs items and lists that change SharePoint, and where their ETag argument goes. */
const ITEM_WRITES: Readonly<Record<string, { readonly kind: 'create' | 'change'; readonly eTagArgument?: number }>> = {
  add: { kind: 'create' },
  addUsingPath: { kind: 'create' },
  addValidateUpdateItemUsingPath: { kind: 'create' },
  update: { kind: 'change', eTagArgument: 1 },
  delete: { kind: 'change', eTagArgument: 0 },
  recycle: { kind: 'change' },
  deleteWithParams: { kind: 'change' },
  validateUpdateListItem: { kind: 'change' }
};

const RAW_WRITE_HELPERS = new Set(['spPost', 'spPatch', 'spPostMerge', 'spDelete', 'spPostDelete', 'spPostDeleteETag']);

/** A call chain that reaches SharePoint items, lists or the web (not a Set's add or a Map's delete). */
const SHAREPOINT_CHAIN = /\b(items|getById|getByTitle|lists|web|list|item)\b/;

function mentionsIfMatch(node: ts.Node, source: ts.SourceFile): boolean {
  return /if-match/i.test(node.getText(source));
}

export function findSharePointWrites(fileName: string, text: string): ISharePointWrite[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const writes: ISharePointWrite[] = [];
  const record = (node: ts.CallExpression, kind: ISharePointWrite['kind'], passesETag: boolean): void => {
    writes.push({
      file: fileName,
      line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      call: node.getText(source).replace(/\s+/g, ' ').slice(0, 160),
      kind,
      passesETag
    });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee)) {
        const write = ITEM_WRITES[callee.name.text];
        if (write && SHAREPOINT_CHAIN.test(callee.expression.getText(source))) {
          const eTag = write.eTagArgument === undefined ? undefined : node.arguments[write.eTagArgument];
          record(node, write.kind, eTag !== undefined && !(ts.isStringLiteral(eTag) && eTag.text === '*'));
        }
      } else if (ts.isIdentifier(callee) && RAW_WRITE_HELPERS.has(callee.text)) {
        record(node, 'raw', callee.text === 'spPostDeleteETag' ? node.arguments.length > 2 : mentionsIfMatch(node, source));
      } else if (ts.isIdentifier(callee) && callee.text === 'fetch') {
        const init = node.arguments[1];
        const method = init && ts.isObjectLiteralExpression(init)
          ? init.properties.find((property) => property.name?.getText(source) === 'method')
          : undefined;
        const methodText = method?.getText(source) ?? '';
        if (method && !/['"`](GET|HEAD)['"`]/i.test(methodText)) record(node, 'raw', mentionsIfMatch(node, source));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return writes;
}
