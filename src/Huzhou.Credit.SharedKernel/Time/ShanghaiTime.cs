using Huzhou.Credit.SharedKernel.Results;

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

    /// <summary>
    /// The UTC instant at which a city calendar day begins (00:00 in Asia/Shanghai), as PostgreSQL's
    /// <c>timestamptz</c> parameters need it (Npgsql writes only offset-zero values).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The day is outside <see cref="IsInstantDay"/>.</exception>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        if (!IsInstantDay(day))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The day is outside the years 1900-9998.");
        }

        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Zone), TimeSpan.Zero);
    }

    /// <summary>
    /// Whether a typed date can stand for instants: 0001-01-01 in the city is before the first UTC instant and the
    /// day after 9999-12-31 does not exist, so a filter keeps to these years.
    /// </summary>
    public static bool IsInstantDay(DateOnly day) => day.Year is >= 1900 and <= 9998;

    /// <summary>
    /// A date-range filter as UTC instants: from the start of <paramref name="from"/> to the start of the day after
    /// <paramref name="to"/> (exclusive). Fails with a clerk's message for days out of range or a reversed range.
    /// </summary>
    public static Result<(DateTimeOffset? Start, DateTimeOffset? End)> DayRange(DateOnly? from, DateOnly? to)
    {
        if (from is { } f && !IsInstantDay(f))
        {
            return Result<(DateTimeOffset?, DateTimeOffset?)>.Failure($"起始日期 {f:yyyy-MM-dd} 超出范围（1900 年至 9998 年）。", "from");
        }

        if (to is { } t && !IsInstantDay(t))
        {
            return Result<(DateTimeOffset?, DateTimeOffset?)>.Failure($"截止日期 {t:yyyy-MM-dd} 超出范围（1900 年至 9998 年）。", "to");
        }

        if (from > to)
        {
            return Result<(DateTimeOffset?, DateTimeOffset?)>.Failure("起始日期晚于截止日期。", "from");
        }

        return Result.Success<(DateTimeOffset?, DateTimeOffset?)>((
            from is { } start ? StartOfDay(start) : null,
            to is { } end ? StartOfDay(end.AddDays(1)) : null));
    }

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
