// Every npm script runs on the Node 24 from the `node` devDependency; fail loudly if that ever stops being true.
const major = Number(process.versions.node.split('.')[0]);
if (major !== 24) {
  console.error(
    `Expected Node 24 from the "node" devDependency, but npm run is using Node ${process.versions.node} (${process.execPath}). Run "npm install" first.`,
  );
  process.exit(1);
}
if (process.argv.includes('--say')) console.log(`npm run uses Node ${process.versions.node} (${process.execPath})`);
