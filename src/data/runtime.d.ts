// The host APIs src/data may use beyond ECMAScript (see tsconfig.data.json): only the WHATWG URL parser,
// which browsers and Node both have, and only the parts it reads. The app's own build sees the DOM's
// full declaration instead, so this file is left out of tsconfig.app.json.
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly origin: string;
  readonly pathname: string;
}
