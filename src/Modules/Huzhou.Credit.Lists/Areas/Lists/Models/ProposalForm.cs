using Huzhou.Credit.Lists.Features;

namespace Huzhou.Credit.Lists.Areas.Lists.Models;

/// <summary>A department's proposal to list a subject (拟列入).</summary>
internal sealed class ProposalForm
{
    public string? ListTypeCode { get; set; }

    /// <summary>统一社会信用代码 or 身份证号码.</summary>
    public string? SubjectCode { get; set; }

    /// <summary>The name on the decision, checked against the registry.</summary>
    public string? SubjectName { get; set; }

    public string? Reason { get; set; }

    public string? Basis { get; set; }

    public string? DecidingAuthority { get; set; }

    public string? DecidingAuthorityCode { get; set; }

    public string? DocumentNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    /// <summary>Defaults to the decision date.</summary>
    public DateOnly? EffectiveFrom { get; set; }

    /// <summary>Defaults to the list's validity after the effective date.</summary>
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>The proposal as <see cref="ListEntryWorkflow.ProposeAsync"/> takes it.</summary>
    public ListProposal ToProposal() =>
        new(ListTypeCode, SubjectCode, SubjectName, Reason, Basis, DecidingAuthority, DecidingAuthorityCode, DocumentNumber, DecisionDate, EffectiveFrom, ExpiresOn);
}
