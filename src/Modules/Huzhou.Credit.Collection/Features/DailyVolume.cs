namespace Huzhou.Credit.Collection.Features;

/// <summary>The rows delivered on one day (all visible departments): received, and rejected by validation.</summary>
internal sealed record DailyVolume(DateOnly Day, long Received, long Rejected);
