namespace Huzhou.Credit.SharedKernel.Time;

/// <summary>
/// Instants are stored as UTC <c>timestamptz</c> and shown in the city's time zone (UTC+8, no DST).
/// </summary>
public static class ShanghaiTime
{
    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateTimeOffset ToShanghai(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Formats an instant for display, e.g. <c>2026-11-26 20:15</c>.</summary>
    public static string Format(DateTimeOffset? instant, string format = "yyyy-MM-dd HH:mm") =>
        instant is null ? "" : ToShanghai(instant.Value).ToString(format, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Today's calendar date in the city.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToShanghai(clock.GetUtcNow()).DateTime);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            // Minimal container images may lack tzdata; China has had no DST since 1991.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "中国标准时间");
        }
    }
}
