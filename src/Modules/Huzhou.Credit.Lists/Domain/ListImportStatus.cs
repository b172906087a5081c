namespace Huzhou.Credit.Lists.Domain;

/// <summary>Where an import stands: queued after the upload, running in the background job, then completed or failed.</summary>
internal enum ListImportStatus : short
{
    Queued = 1,
    Running = 2,
    Completed = 3,
    Failed = 4,
}
