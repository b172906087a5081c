using Huzhou.Credit.Catalogue.Features;
using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Areas.Catalogue.Models;

/// <summary>A new row of the penalty-class mapping.</summary>
internal sealed class MappingForm
{
    public string? RuleCode { get; set; }

    public string? PenaltyKind { get; set; }

    public string? Procedure { get; set; }

    public string? Sector { get; set; }

    public decimal? MinimumFine { get; set; }

    public PenaltyClass Class { get; set; } = PenaltyClass.General;

    public string? Note { get; set; }

    /// <summary>The validated form as the editing feature's command.</summary>
    public NewClassMapping ToCommand() => new(RuleCode, PenaltyKind!, Procedure, Sector, MinimumFine, Class, Note);
}
