using Huzhou.Credit.Lists.Features;
using Huzhou.Credit.SharedKernel.Files;
using Microsoft.AspNetCore.Http;

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

    /// <summary>The subject, when the form was opened from the subject page or a record (the code is then shown only).</summary>
    public long? SubjectId { get; set; }

    /// <summary>The bad record the proposal rests on, when opened from it.</summary>
    public long? BasisRecordId { get; set; }

    /// <summary>Shown on the form: the basis record's item, document number and date (not posted back as a fact).</summary>
    public string? BasisRecordSummary { get; set; }

    /// <summary>认定决定书 (PDF, JPG or PNG); required for black lists.</summary>
    public IFormFile? DecisionDocument { get; set; }

    /// <summary>The form opened from a subject or a record.</summary>
    public static ProposalForm From(string? type, ListProposalPrefill prefill) => new()
    {
        ListTypeCode = type,
        SubjectId = prefill.SubjectId,
        SubjectCode = prefill.SubjectCode,
        SubjectName = prefill.SubjectName,
        BasisRecordId = prefill.BasisRecordId,
        BasisRecordSummary = prefill.BasisRecordSummary,
        DocumentNumber = prefill.DocumentNumber,
        DecisionDate = prefill.DecisionDate,
    };

    /// <summary>The proposal as <see cref="ListEntryWorkflow.ProposeAsync"/> takes it.</summary>
    public ListProposal ToProposal() =>
        new(ListTypeCode, SubjectCode, SubjectName, Reason, Basis, DecidingAuthority, DecidingAuthorityCode, DocumentNumber, DecisionDate, EffectiveFrom, ExpiresOn,
            SubjectId, BasisRecordId, DecisionDocument is { } file ? new FileUpload(file.FileName, file.Length, file.OpenReadStream) : null);
}
