using System.Globalization;

namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>
/// How often a catalogue item's providers must deliver it (应报送周期), kept by the credit office on the item page: a provider
/// with no delivery of the item within the period after its last one is overdue (逾期未报送). 行政处罚 and 行政许可 are due within
/// 7 working days as 双公示 requires; other items monthly or quarterly.
/// </summary>
/// <param name="Count">How many units, 1 to <see cref="MaxCount"/>.</param>
/// <param name="Unit">Working days or calendar months.</param>
public sealed record DeliveryPeriod(int Count, DeliveryPeriodUnit Unit)
{
    /// <summary>The longest period, in either unit.</summary>
    public const int MaxCount = 250;

    /// <summary>Whether the count is within 1..<see cref="MaxCount"/> and the unit known.</summary>
    public bool IsValid => Count is >= 1 and <= MaxCount && Enum.IsDefined(Unit);

    /// <summary>The Chinese name: 7 个工作日, 每月, 每季度, 每半年, 每年, 每 2 个月.</summary>
    public string DisplayName => Unit switch
    {
        DeliveryPeriodUnit.WorkingDays => string.Create(CultureInfo.InvariantCulture, $"{Count} 个工作日"),
        _ => Count switch
        {
            1 => "每月",
            3 => "每季度",
            6 => "每半年",
            12 => "每年",
            _ => string.Create(CultureInfo.InvariantCulture, $"每 {Count} 个月"),
        },
    };
}
