using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>
/// Possible related parties (可能关联) for staff: the other organisations of a district registered with the same legal
/// representative's name. Two probes of <c>ix_subjects_district_legal_representative</c> (district, name): the count
/// (capped) and the first rows by name — never a scan of the registry.
/// </summary>
internal sealed class SameRepresentativeOrganisations(SubjectsDbContext db) : ISameRepresentativeOrganisations
{
    public const int CountCap = 1000;

    public async Task<SameRepresentativeGroup?> FindAsync(long subjectId, int take, CancellationToken cancellationToken = default)
    {
        var subject = await db.Subjects.AsNoTracking()
            .Where(s => s.Id == subjectId && s.Kind != SubjectKind.NaturalPerson)
            .Select(s => new { s.DistrictCode, s.LegalRepresentative })
            .FirstOrDefaultAsync(cancellationToken);
        if (subject?.LegalRepresentative is not { } name || string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var district = subject.DistrictCode;
        var same = db.Subjects.AsNoTracking()
            .Where(s => s.DistrictCode == district && s.LegalRepresentative == name && s.Id != subjectId && s.Kind != SubjectKind.NaturalPerson);
        var total = await same.Take(CountCap).CountAsync(cancellationToken);
        var rows = total == 0
            ? []
            : await same.OrderBy(s => s.Name).ThenBy(s => s.Id).Take(Math.Clamp(take, 1, 100))
                .Select(s => new { s.Id, s.Name, s.Uscc, s.Status })
                .ToListAsync(cancellationToken);
        return new SameRepresentativeGroup(
            name,
            district,
            total,
            rows.Select(r => new RelatedOrganisation(r.Id, r.Name, r.Uscc, RegistrationStatuses.DisplayName(r.Status))).ToList());
    }
}
