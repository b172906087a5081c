using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Features;

internal sealed class SubjectDirectory(SubjectsDbContext db, Huzhou.Credit.SharedKernel.Security.PersonalDataProtector protector, ISubjectCodeLookup lookup) : ISubjectDirectory
{
    public Task<ResolvedSubject?> FindByCodeAsync(string code, CancellationToken cancellationToken = default) =>
        lookup.FindByCodeAsync(code, cancellationToken);

    public async Task<IReadOnlyDictionary<string, ResolvedSubject>> FindByCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken = default)
    {
        // Each code may read as a credit code, as an ID number (its blind index), or both, as in FindByCodeAsync.
        var byUscc = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var byIndex = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var code in codes.Distinct(StringComparer.Ordinal))
        {
            var parsed = Huzhou.Credit.SharedKernel.Identifiers.SubjectCode.Parse(code);
            if (parsed.CreditCode is { } uscc)
            {
                (byUscc.TryGetValue(uscc, out var list) ? list : byUscc[uscc] = []).Add(code!);
            }

            if (parsed.BlindIndex(protector) is { } blindIndex)
            {
                var index = Convert.ToBase64String(blindIndex);
                (byIndex.TryGetValue(index, out var list) ? list : byIndex[index] = []).Add(code!);
            }
        }

        var usccs = byUscc.Keys.ToArray();
        var indexes = byIndex.Keys.Select(Convert.FromBase64String).ToArray();
        var rows = await db.Subjects.AsNoTracking()
            .Where(s => (s.Uscc != null && usccs.Contains(s.Uscc)) || (s.IdNumberIndex != null && indexes.Contains(s.IdNumberIndex)))
            .OrderBy(s => s.Id)
            .ToListAsync(cancellationToken);
        var found = new Dictionary<string, ResolvedSubject>(StringComparer.Ordinal);
        foreach (var subject in rows)
        {
            var named = (subject.Uscc is { } u && byUscc.TryGetValue(u, out var a) ? a : [])
                .Concat(subject.IdNumberIndex is { } i && byIndex.TryGetValue(Convert.ToBase64String(i), out var b) ? b : []);
            foreach (var code in named)
            {
                // The lowest id wins when a code names two subjects, as in FindByCodeAsync.
                found.TryAdd(code, Resolve(subject));
            }
        }

        return found;
    }

    public async Task<IReadOnlyDictionary<long, ResolvedSubject>> GetAsync(IReadOnlyCollection<long> subjectIds, CancellationToken cancellationToken = default)
    {
        var ids = subjectIds.Distinct().ToArray();
        var rows = await db.Subjects.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        return rows.ToDictionary(s => s.Id, Resolve);
    }

    public async Task<IReadOnlyList<SubjectLookupEntry>> GetLookupEntriesAsync(IReadOnlyCollection<long> subjectIds, CancellationToken cancellationToken = default)
    {
        var ids = subjectIds.Distinct().ToArray();
        var rows = await db.Subjects.AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Kind, s.Name, s.Uscc, s.IdNumberMasked, s.IdNumberIndex, s.DistrictCode, s.Verification })
            .ToListAsync(cancellationToken);
        return rows
            .Where(s => s.Uscc is not null || s.IdNumberIndex is not null)
            .Select(s =>
            {
                var person = s.Kind == SharedKernel.SubjectKind.NaturalPerson;
                return new SubjectLookupEntry(
                    new ResolvedSubject(s.Id, person, s.Name, person ? s.IdNumberMasked ?? "" : s.Uscc ?? "", s.DistrictCode, s.Verification == Domain.VerificationStatus.Pending),
                    s.IdNumberIndex ?? SubjectLookupKey.Organisation(s.Uscc!));
            })
            .ToList();
    }

    public async Task<IReadOnlyList<long>> SubjectIdsAfterAsync(long afterId, int take, CancellationToken cancellationToken = default) =>
        await db.Subjects.AsNoTracking().Where(s => s.Id > afterId).OrderBy(s => s.Id).Select(s => s.Id).Take(take).ToListAsync(cancellationToken);

    public async IAsyncEnumerable<OrganisationProfile> StreamOrganisationProfilesAsync(IReadOnlyCollection<string> industrySections, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var sections = industrySections.Distinct().ToArray();
        var rows = db.Subjects.AsNoTracking()
            .Where(s => s.Kind != SubjectKind.NaturalPerson && s.IndustryCode != null && sections.Contains(s.IndustryCode))
            .OrderBy(s => s.Id)
            .Select(s => new OrganisationProfile(s.Id, s.Name, s.Uscc ?? "", s.DistrictCode, s.IndustryCode, s.Status == Domain.RegistrationStatus.Active))
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    public async Task<IReadOnlyList<OrganisationProfile>> GetOrganisationProfilesAsync(IReadOnlyCollection<long> subjectIds, CancellationToken cancellationToken = default)
    {
        var ids = subjectIds.Distinct().ToArray();
        return await db.Subjects.AsNoTracking()
            .Where(s => ids.Contains(s.Id) && s.Kind != SubjectKind.NaturalPerson)
            .Select(s => new OrganisationProfile(s.Id, s.Name, s.Uscc ?? "", s.DistrictCode, s.IndustryCode, s.Status == Domain.RegistrationStatus.Active))
            .ToListAsync(cancellationToken);
    }

    private static ResolvedSubject Resolve(Domain.Subject s) =>
        new(s.Id, s.IsPerson, s.Name, s.IsPerson ? s.IdNumberMasked ?? "" : s.Uscc ?? "", s.DistrictCode, s.Verification == Domain.VerificationStatus.Pending);

    public async Task<IReadOnlyList<OrganisationEntry>> ListOrganisationsAsync(string? districtCode, int take, CancellationToken cancellationToken = default) =>
        await db.Subjects.AsNoTracking()
            .Where(s => s.Uscc != null && !s.UsccCheckWarning && s.Status == Domain.RegistrationStatus.Active && s.Verification == Domain.VerificationStatus.Verified)
            .Where(s => districtCode == null || s.DistrictCode == districtCode)
            .OrderBy(s => s.Id)
            .Take(take)
            .Select(s => new OrganisationEntry(s.Uscc!, s.Name, s.LegalRepresentative, s.DistrictCode))
            .ToListAsync(cancellationToken);
}
