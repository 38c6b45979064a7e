// What the client and the server agree on beyond LSP itself: the custom requests (method, params,
// result) and how the server process is started. Both sides import these; this folder imports
// neither side, and of vscode-languageserver-protocol only its platform-neutral entry.
export * from './cursorInfo';
export * from './export';
export * from './import';
export * from './launch';
export * from './navigation';
export * from './statistics';
export * from './palette';
export * from './preview';
export * from './workspaceFiles';
export * from './media';
export * from './visibleRanges';
