namespace Huzhou.Credit.Collection.Features;

internal sealed class CollectionOptions
{
    public const string SectionName = "Collection";

    /// <summary>Where uploaded and fetched files are kept until their batch completes.</summary>
    public string StoragePath { get; set; } = Path.Combine(".data", "collection");

    /// <summary>Rows delivered within this many days of their decision count as timely (及时率). Calendar days until the working-day calendar exists.</summary>
    public int TimelinessDays { get; set; } = 7;

    /// <summary>
    /// Largest accepted upload (Collection:MaxUploadBytes). 200 MB holds a year of a large department's penalties as
    /// CSV several times over; the readers' own limits (<see cref="SharedKernel.Tabular.TabularLimits"/>) bound what a file may unpack to.
    /// </summary>
    public long MaxUploadBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Root of the departments' drop folders: one sub-folder per department code.</summary>
    public string? DropFolder { get; set; }

    /// <summary>Addresses the nightly job pulls files from.</summary>
    public List<PullFeed> PullFeeds { get; set; } = [];
}
