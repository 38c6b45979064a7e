// The one door to the features: server.ts, the CLI and the tests import them from here, never from
// a feature's own file. Each module is one capability (one LSP request, or one custom request) and
// a function of the model and the request's parameters; what features share is exported with them.
export * from './diagnostics';
export * from './codeActions';
export * from './symbols';
export * from './workspaceSymbols';
export * from './folding';
export * from './selectionRanges';
export * from './links';
export * from './hover';
export * from './speakerIdentity';
export * from './completion';
export * from './semanticTokens';
export * from './codeLens';
export * from './formatting';
export * from './export';
// Speakers as symbols: highlight, go to the first appearance, find across files, rename.
export * from './speakerOccurrences';
export * from './documentHighlight';
export * from './definition';
export * from './references';
export * from './rename';
// Custom requests: turn navigation and the speakers tree, statistics, the status bar.
export * from './navigation';
export * from './statistics';
export * from './cursorInfo';
// The live preview (the HTML export's writer, in its preview flavour).
export * from './preview';
// Control characters shown escaped in the CLI's output.
export * from './invisibles';
// Import of captions and speech-to-text JSON.
export * from './import';
export * from './media';
