namespace Huzhou.Credit.Collection.Domain;

internal enum BatchStatus : short
{
    /// <summary>Uploaded and previewed, waiting for the user to confirm.</summary>
    Draft = 1,
    Queued = 2,
    Running = 3,
    Completed = 4,
    Failed = 5,
    Cancelled = 6,
}
