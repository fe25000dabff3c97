// Parses an AsyncAPI document with the reference parser; exits non-zero when it reports an error.
import { Parser, fromFile, DiagnosticSeverity } from '@asyncapi/parser';

const file = process.argv[2];
const { document, diagnostics } = await fromFile(new Parser(), file).parse();
const names = ['error', 'warning', 'info', 'hint'];
for (const d of diagnostics) {
  console.log(`${names[d.severity]} ${d.code} at ${d.path.join('.') || '(root)'}: ${d.message}`);
}
const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).length;
console.log(`${file}: ${errors} errors, ${diagnostics.length - errors} other diagnostics`);
process.exit(errors > 0 || !document ? 1 : 0);
