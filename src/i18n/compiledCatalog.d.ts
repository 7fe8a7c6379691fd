// `./catalogs/xx.ts?ast`: a catalog with every message already parsed, by the build
// (scripts/vitePluginIcuMessages.ts), with the ids it has as written.
declare module '*.ts?ast' {
  const messages: import('./translate.ts').ParsedCatalog;
  export default messages;
}
