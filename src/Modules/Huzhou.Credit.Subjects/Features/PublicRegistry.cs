using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>
/// Public reads of the organisations' registration facts (portal, hall terminals). Natural persons are excluded
/// in every query, and so are organisations pending verification whose code failed its check character (a
/// delivery created them; the credit office has not yet accepted the code), with all their records. Nothing here
/// is audited because nothing here is personal data.
/// </summary>
internal sealed class PublicRegistry(SubjectsDbContext db) : IPublicRegistry
{
    public async Task<IReadOnlyList<PublicOrganisation>> SearchAsync(string query, int take, CancellationToken cancellationToken = default)
    {
        var q = (query ?? "").Trim();
        take = Math.Clamp(take, 1, 50);
        if (UnifiedSocialCreditCode.TryParse(q).Value is { } code)
        {
            var found = await FindAsync(code.Value, cancellationToken);
            return found is null ? [] : [found];
        }

        if (q.Length < 2)
        {
            return [];
        }

        // The first `take` matches in name order from the ordered postings (a common fragment such as 有限 matches most
        // of the registry; sorting all of its matches would cost ~100 ms per 100,000), then the exact name first.
        var matching = NameSearch.OrganisationsByNameOrder(db, q, take).Where(s => s.Kind != SubjectKind.NaturalPerson && s.Uscc != null)
            .Where(s => !(s.UsccCheckWarning && s.Verification == VerificationStatus.Pending));
        var rows = await NameSearch.Ranked(matching, q)
            .Take(take)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return rows.Select(ToPublic).ToList();
    }

    public async Task<PublicOrganisation?> FindAsync(string uscc, CancellationToken cancellationToken = default)
    {
        var code = UnifiedSocialCreditCode.TryParse(uscc).Value?.Value;
        if (code is null)
        {
            return null;
        }

        var subject = await db.Subjects.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Uscc == code && s.Kind != SubjectKind.NaturalPerson
                && !(s.UsccCheckWarning && s.Verification == VerificationStatus.Pending), cancellationToken);
        return subject is null ? null : ToPublic(subject);
    }

    private static PublicOrganisation ToPublic(Subject s) => new(
        s.Id,
        s.Uscc!,
        s.Name,
        SubjectKinds.DisplayName(s.Kind),
        s.LegalRepresentative,
        s.RegisteredCapital,
        s.EstablishedOn,
        s.Address,
        RegistrationStatuses.DisplayName(s.Status),
        s.DistrictCode,
        s.IndustryCode is null ? null : $"{s.IndustryCode} {IndustrySections.NameOf(s.IndustryCode)}",
        s.Verification == VerificationStatus.Pending);
}
