namespace Huzhou.Credit.Collection.Features;

internal sealed class CollectionOptions
{
    public const string SectionName = "Collection";

    /// <summary>Where uploaded and fetched files are kept until their batch completes.</summary>
    public string StoragePath { get; set; } = Path.Combine(".data", "collection");

    /// <summary>
    /// Rows delivered within this many <b>working days</b> of their decision count as timely (及时率): 7 working days, the
    /// 双公示 standard (行政许可、行政处罚信息自作出决定之日起 7 个工作日内上网公示). Counted on the platform's working-day
    /// calendar (<c>IWorkingDays</c>: weekends and public holidays off, 调休 weekend days worked); the day of the decision
    /// does not count (<see cref="DeliveryTimeliness"/>).
    /// </summary>
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
