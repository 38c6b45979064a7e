// A transcript of a repository opened on github.dev (`vscode-vfs://github/owner/repo`), for the
// protocol tests of virtual workspaces and of the browser's worker server. Zero-based lines:
//   0 Совещание о ремонте дорог   2 2024-03-14 10:00:00   4 the lead (names Е.Воронина)
//   6 Е.Воронина: Добрый день, коллеги.
//   7 Т.Гараев: Подрядчики готовы.
//   8 Е.Воронина Сколько участков в плане?   (no colon: speaker-missing-colon; continues Т.Гараев's turn)
export const VFS = 'vscode-vfs://github/owner/repo';
export const ROADS_URI = `${VFS}/council/a.transcript`;
export const ROADS = [
  'Совещание о ремонте дорог',
  '',
  '2024-03-14 10:00:00',
  '',
  'Глава района Е.Воронина провела совещание.',
  '',
  'Е.Воронина: Добрый день, коллеги.',
  'Т.Гараев: Подрядчики готовы.',
  'Е.Воронина Сколько участков в плане?',
  '',
].join('\n');
