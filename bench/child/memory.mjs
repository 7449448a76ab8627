// Row 10: heap used after importing the main entry point and touching all of its data, minus
// the heap before the import. Run with --expose-gc. Prints {"delta": bytes, "importOnly": bytes}.
const url = process.argv[2];
const settle = () => {
  for (let i = 0; i < 3; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
};
const before = settle();
const api = await import(url);
const imported = settle();
for (const code of api.occupationCodes) {
  api.getOccupation(code);
  api.careerSteps(code);
}
for (const id of api.careerIds) {
  api.getCareer(id);
  api.careerSteps(id);
}
for (const id of api.credentialIds) api.getCredential(id);
for (const id of api.organizationIds) api.getOrganization(id);
for (const id of api.sourceIds) api.getSource(id);
const after = settle();
process.stdout.write(JSON.stringify({ delta: after - before, importOnly: imported - before }));
