namespace Huzhou.Credit.Publicity.Features;

/// <summary>Sizes the CMS accepts.</summary>
internal static class PublicityLimits
{
    /// <summary>An attachment's largest size (10 MB).</summary>
    public const long MaxAttachmentBytes = 10 * 1024 * 1024;

    /// <summary>The largest body (HTML characters, after sanitising).</summary>
    public const int MaxBodyLength = 200_000;

    /// <summary>Articles per public page.</summary>
    public const int PageSize = 15;

    /// <summary>Entries of an Atom feed.</summary>
    public const int FeedSize = 20;

    /// <summary>The longest search text.</summary>
    public const int MaxQueryLength = 40;
}
