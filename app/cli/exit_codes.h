#pragma once
// ferry-cli's documented exit codes (README "Exit codes").
namespace ferry::cli {
enum ExitCode : int {
    ExitOk = 0,            // every row landed (or: validation / inspection succeeded)
    ExitRejects = 1,       // the run finished, some rows were rejected (see rejects.csv)
    ExitBadInput = 2,      // bad project file, bad arguments
    ExitConnection = 3,    // a database could not be reached
    ExitRunFailed = 4,     // the run failed or was aborted (a first Ctrl+C cancels: this code)
    ExitLocked = 5,        // sync: another sync of the project is running (it holds the project's lock)
    ExitInterrupted = 130, // a second Ctrl+C stopped the process at once (128 + SIGINT)
};
}
