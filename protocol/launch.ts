// How the server process is started: the client, the tests and the benchmarks all start it so.
//
// A young generation of 4 MB (V8's default grows to 16 MB a semi-space): opening a large transcript
// allocates mostly short-lived temporaries (lines, label candidates), and a large nursery keeps that
// garbage's pages resident. With 4 MB the server holds ~90 MB for a 10 MB transcript instead of
// ~114 MB, at no measurable cost in parse time (`npm run bench`, rows memory and parse).
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=1', '--optimize-for-size'];
