namespace Huzhou.Credit.SharedKernel.Jobs;

public enum JobRunStatus : short
{
    Running = 0,
    Finished = 1,
    Failed = 2,
    Interrupted = 3,
}
