using System.Text.Json;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Security;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Features;
using Huzhou.Credit.Subjects.Persistence;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// The full personal values of one record (ADR 0015), under the person view's rules (ADR 0005): only for the roles that may
/// see full ID numbers (credit office, department reviewers), only for a subject of the user's districts, only with a
/// purpose, and every reveal writes <see cref="AuditAction"/>. Everyone else sees the masked payload. The values come from
/// the record's encrypted <c>personal</c> column; the subject's own ID number (masked in the payload) from the registry.
/// </summary>
internal sealed class RecordPersonalValues(ICurrentStaff staff, IAuditLog audit, PersonalDataProtector protector, ICatalogue catalogue)
{
    public const string AuditAction = "subjects.record.reveal-personal";

    /// <summary>Whether the user may reveal personal values of this subject's records.</summary>
    public static bool MayReveal(ICurrentStaff user, Subject subject) =>
        SubjectDetails.MayRevealIdNumbers(user) && user.CanSeeDistrict(subject.DistrictCode);

    /// <summary>Label → full value of the record's personal fields; audited. Refused or purpose required otherwise (nothing written).</summary>
    public async Task<(RevealOutcome Outcome, IReadOnlyDictionary<string, string> Values)> RevealAsync(
        Subject subject, CreditRecord record, string? purpose, CancellationToken cancellationToken)
    {
        if (!MayReveal(staff, subject))
        {
            return (RevealOutcome.Refused, new Dictionary<string, string>());
        }

        if (string.IsNullOrWhiteSpace(purpose))
        {
            return (RevealOutcome.PurposeRequired, new Dictionary<string, string>());
        }

        var version = await catalogue.GetVersionAsync(record.ItemCode, record.ItemVersion, cancellationToken);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (record.Personal is { } cipher)
        {
            using var document = JsonDocument.Parse(protector.Decrypt(cipher));
            foreach (var p in document.RootElement.EnumerateObject())
            {
                values[Label(version, p.Name)] = p.Value.GetString() ?? "";
            }
        }

        if (subject.IdNumberCipher is { } idCipher && version?.Keys.SubjectIdNumberField is { } idField
            && version.Fields.FirstOrDefault(f => f.Key == idField) is { } field)
        {
            values[field.Label] = protector.Decrypt(idCipher);
        }

        await audit.WriteAsync(new AuditEntry(
            AuditAction,
            SubjectsDbContext.ModuleName,
            subject.Id,
            Purpose: purpose.Trim().Length > 200 ? purpose.Trim()[..200] : purpose.Trim(),
            Detail: $"查看信用记录 {record.ItemCode} {record.SourceKey} 的完整个人信息（{string.Join("、", values.Keys)}）"), cancellationToken);
        return (RevealOutcome.Revealed, values);
    }

    /// <summary>A personal value's label: its key is the payload position (array payloads) or the payload key (object payloads).</summary>
    private static string Label(CatalogueItemVersion? version, string key) =>
        version is not null && int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position) && position < version.Fields.Count
            ? version.Fields[position].Label
            : version?.Fields.FirstOrDefault(f => f.Key == key)?.Label ?? key;
}
