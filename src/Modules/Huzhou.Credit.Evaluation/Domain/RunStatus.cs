namespace Huzhou.Credit.Evaluation.Domain;

internal enum RunStatus : short
{
    Queued = 1,
    Running = 2,
    Finished = 3,
    Failed = 4,
}
