using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Domain;

/// <summary>Maps a penalty kind (+ procedure, sector, fine) to a class. Editable data; deactivated, never deleted.</summary>
internal sealed class PenaltyClassMapping
{
    /// <summary>Matches every penalty kind (used for 简易程序).</summary>
    public const string AnyKind = "*";

    public long Id { get; set; }

    /// <summary>The rule version it belongs to; null = every version.</summary>
    public string? RuleCode { get; set; }

    /// <summary>A 处罚类别 label such as 罚款, or <see cref="AnyKind"/>.</summary>
    public string PenaltyKind { get; set; } = "";

    /// <summary>案件程序类别: 01 简易程序, 02 一般程序, null = any.</summary>
    public string? Procedure { get; set; }

    public string? Sector { get; set; }

    /// <summary>Applies only when 罚款金额（万元） is at least this; null = any amount.</summary>
    public decimal? MinimumFine { get; set; }

    public PenaltyClass Class { get; set; }

    public bool IsActive { get; set; } = true;

    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? DeactivatedAt { get; set; }

    public string? DeactivatedBy { get; set; }
}
