import ts from 'typescript';

/**
 * Finds user-visible text written inline in TSX instead of taken from the message catalogue
 * (issue 12). A string shown to people must come from `t()`, or a Spanish reader meets English.
 *
 * What counts as user-visible: JSX text; a string or template literal placed as a JSX child;
 * a string in a prop that assistive tech reads or that shows as text (`aria-label`, `title`,
 * `placeholder`, `alt`, `label`…, and a component's own `confirmLabel`, `heading`…); the
 * `text`/`title`/`message`/`actionLabel` of an object literal handed to the toast API
 * (`notify`, `setToast`); a string assigned to a node's `textContent`, `innerText`, `title` or
 * `placeholder`. Only text with letters counts: symbols such as `·`, `→` or `×` read the same
 * in every language. A line may opt out with `// i18n-ignore: <reason>` (or the same in a JSX
 * block comment) on it or on the line above (a brand name, say).
 */

export const TEXT_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** A component's own text props by their name's ending: `confirmLabel`, `emptyText`, `heading`… */
export const TEXT_PROP_ENDING =
  /(label|title|text|message|heading|hint|description|caption|tooltip)$/i;
/** Text set on a DOM node by hand (the fatal-error message drawn without Preact). */
export const DOM_TEXT_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'placeholder']);
export const TOAST_FUNCTIONS = new Set(['notify', 'setToast']);
export const TOAST_TEXT_KEYS = new Set(['text', 'title', 'message', 'actionLabel']);

export interface LiteralViolation {
  path: string;
  line: number;
  text: string;
}

const HAS_LETTER = /\p{L}/u;
const IGNORE = /(\/\/|\/\*)\s*i18n-ignore:\s*\S/;

function hasLetters(text: string): boolean {
  return HAS_LETTER.test(text);
}

/** The literal text of a string or template literal (the template's fixed parts), or null. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  }
  return null;
}

/**
 * The literals an expression can evaluate to directly: the expression itself, either branch of
 * a conditional, either side of `??`/`||`/`&&`, inside parentheses. A literal passed to a call
 * (`t('key')`, `cls('a', 'b')`) is not text on screen and is not followed.
 */
function reachableLiterals(node: ts.Expression): ts.Expression[] {
  if (ts.isParenthesizedExpression(node)) return reachableLiterals(node.expression);
  if (ts.isConditionalExpression(node)) {
    return [...reachableLiterals(node.whenTrue), ...reachableLiterals(node.whenFalse)];
  }
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.AmpersandAmpersandToken
    ) {
      return [...reachableLiterals(node.left), ...reachableLiterals(node.right)];
    }
    if (op === ts.SyntaxKind.PlusToken) {
      return [...reachableLiterals(node.left), ...reachableLiterals(node.right)];
    }
  }
  return literalText(node) === null ? [] : [node];
}

function calleeName(call: ts.CallExpression): string | null {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return null;
}

function propName(name: ts.PropertyName | ts.JsxAttributeName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isJsxNamespacedName(name)) return `${name.namespace.text}:${name.name.text}`;
  return null;
}

/** Every user-visible literal in one TSX source, with its 1-based line. */
export function findLiteralStrings(path: string, source: string): LiteralViolation[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const lines = source.split('\n');
  const found: LiteralViolation[] = [];

  function ignored(line: number): boolean {
    return IGNORE.test(lines[line - 1] ?? '') || IGNORE.test(lines[line - 2] ?? '');
  }

  function report(node: ts.Node, text: string) {
    const normalised = text.replace(/\s+/g, ' ').trim();
    if (!hasLetters(normalised)) return;
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    if (ignored(line)) return;
    found.push({ path, line, text: normalised });
  }

  function reportExpression(expression: ts.Expression | undefined) {
    if (!expression) return;
    for (const literal of reachableLiterals(expression)) report(literal, literalText(literal)!);
  }

  function visit(node: ts.Node) {
    if (ts.isJsxText(node)) {
      report(node, node.text);
    } else if (ts.isJsxExpression(node) && node.expression) {
      const parent = node.parent;
      if (ts.isJsxElement(parent) || ts.isJsxFragment(parent)) reportExpression(node.expression);
    } else if (ts.isJsxAttribute(node)) {
      const name = propName(node.name);
      if (name && (TEXT_PROPS.has(name) || TEXT_PROP_ENDING.test(name)) && node.initializer) {
        if (ts.isStringLiteral(node.initializer)) report(node.initializer, node.initializer.text);
        else if (ts.isJsxExpression(node.initializer))
          reportExpression(node.initializer.expression);
      }
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      DOM_TEXT_PROPERTIES.has(node.left.name.text)
    ) {
      reportExpression(node.right);
    } else if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      if (name && TOAST_FUNCTIONS.has(name)) {
        for (const argument of node.arguments) {
          if (!ts.isObjectLiteralExpression(argument)) continue;
          for (const property of argument.properties) {
            if (!ts.isPropertyAssignment(property)) continue;
            const key = propName(property.name);
            if (key && TOAST_TEXT_KEYS.has(key)) reportExpression(property.initializer);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  }

  visit(file);
  return found;
}

export function formatViolation(violation: LiteralViolation): string {
  return `${violation.path}:${violation.line} ${violation.text}`;
}
