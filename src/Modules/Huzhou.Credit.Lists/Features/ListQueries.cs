using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Lists.Features;

/// <summary>Reads of the lists: the staff register (within the user's districts) and the public lists in force.</summary>
internal sealed class ListQueries(ListsDbContext db, ICurrentStaff staff, IAuditLog audit)
{
    public const int PageSize = 30;

    public Task<List<ListType>> TypesAsync(CancellationToken cancellationToken) =>
        db.ListTypes.AsNoTracking().OrderBy(t => t.Kind == ListKind.Red).ThenBy(t => t.SortOrder).ToListAsync(cancellationToken);

    /// <summary>Entries the user may see (their districts), newest first; <c>q</c> matches the name or the code exactly.</summary>
    public async Task<PagedList<ListEntryRow>> StaffAsync(ListEntryQuery query, CancellationToken cancellationToken)
    {
        var source = db.Entries.AsNoTracking();
        if (!staff.IsCityLevel)
        {
            source = source.Where(e => e.DistrictCode == staff.DistrictCode);
        }

        return await PageAsync(Filter(source, query), query.Page, cancellationToken);
    }

    /// <summary>The public lists: organisations' entries in force only (natural persons are never published here).</summary>
    public async Task<PagedList<ListEntryRow>> PublicAsync(string? type, string? q, int page, CancellationToken cancellationToken)
    {
        var source = db.Entries.AsNoTracking().Where(e => e.Status == ListEntryStatus.InForce && !e.SubjectIsPerson);
        return await PageAsync(Filter(source, new ListEntryQuery(type, null, q, page)), page, cancellationToken);
    }

    public async Task<ListEntryDetail?> DetailAsync(long id, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null || !staff.CanSeeDistrict(entry.DistrictCode))
        {
            return null;
        }

        var type = await db.ListTypes.AsNoTracking().FirstAsync(t => t.Code == entry.ListTypeCode, cancellationToken);
        var changes = await db.Changes.AsNoTracking().Where(c => c.EntryId == id).OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        // The decision document's facts, not its bytes.
        var document = await db.Documents.AsNoTracking().Where(d => d.EntryId == id)
            .Select(d => new ListEntryDocument { Id = d.Id, EntryId = d.EntryId, FileName = d.FileName, ContentType = d.ContentType, Size = d.Size, Sha256 = d.Sha256, UploadedBy = d.UploadedBy, UploadedAt = d.UploadedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return new ListEntryDetail(entry, type, changes, document);
    }

    /// <summary>
    /// The decision document of an entry the user may see (its district), for download by the proposing department and
    /// the credit office; each download is audited (<c>lists.entry.document</c>). Null: no such entry for the user, or no document.
    /// </summary>
    public async Task<ListEntryDocument?> DecisionDocumentAsync(long id, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null || !staff.CanSeeDistrict(entry.DistrictCode))
        {
            return null;
        }

        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.EntryId == id, cancellationToken);
        if (document is not null)
        {
            await audit.WriteAsync(new AuditEntry("lists.entry.document", ListsDbContext.ModuleName, entry.SubjectId, Purpose: "名单审核",
                Detail: $"下载认定决定书 {document.FileName}（{entry.DocumentNumber}）"), cancellationToken);
        }

        return document;
    }

    /// <summary>Counts in force per list type (the public overview and the staff page's tabs).</summary>
    public async Task<Dictionary<string, long>> InForceCountsAsync(bool organisationsOnly, CancellationToken cancellationToken) =>
        await db.Entries.AsNoTracking()
            .Where(e => e.Status == ListEntryStatus.InForce && (!organisationsOnly || !e.SubjectIsPerson))
            .GroupBy(e => e.ListTypeCode)
            .Select(g => new { g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

    /// <summary>The latest platform imports, newest first (the import page).</summary>
    /// <summary>The department's latest imports (a user sees only their own department's).</summary>
    public Task<List<ListImport>> RecentImportsAsync(int take, string? departmentCode, CancellationToken cancellationToken) =>
        db.Imports.AsNoTracking().Where(i => i.DepartmentCode == departmentCode)
            .OrderByDescending(i => i.ImportedAt).ThenByDescending(i => i.Id).Take(take).ToListAsync(cancellationToken);

    /// <summary>An import of the department, or null (unknown, or another department's: answered 404).</summary>
    public Task<ListImport?> ImportAsync(long id, string? departmentCode, CancellationToken cancellationToken) =>
        db.Imports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.DepartmentCode == departmentCode, cancellationToken);

    /// <summary>An import's rejected rows in row order (one line per row and column).</summary>
    public IQueryable<ListImportRejection> ImportRejections(long importId) =>
        db.ImportRejections.AsNoTracking().Where(r => r.ImportId == importId).OrderBy(r => r.RowNumber).ThenBy(r => r.Id);

    private static IQueryable<ListEntry> Filter(IQueryable<ListEntry> source, ListEntryQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            source = source.Where(e => e.ListTypeCode == query.Type);
        }

        if (query.Status is { } status)
        {
            source = source.Where(e => e.Status == status);
        }

        var q = (query.Q ?? "").Trim();
        if (q.Length > 0)
        {
            var upper = q.ToUpperInvariant();
            source = source.Where(e => e.SubjectCode == upper || EF.Functions.Like(e.SubjectName, "%" + q.Replace("%", "").Replace("_", "") + "%"));
        }

        return source;
    }

    private async Task<PagedList<ListEntryRow>> PageAsync(IQueryable<ListEntry> source, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var total = await source.LongCountAsync(cancellationToken);
        var rows = await source
            .Join(db.ListTypes, e => e.ListTypeCode, t => t.Code, (e, t) => new { e, t })
            .OrderByDescending(x => x.e.EffectiveFrom).ThenByDescending(x => x.e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        return new PagedList<ListEntryRow>(rows.Select(r => new ListEntryRow(r.e, r.t)).ToList(), page, PageSize, total);
    }
}
