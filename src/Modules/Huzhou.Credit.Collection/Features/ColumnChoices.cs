using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// The wizard's manual column mapping: for headers the matcher did not recognise, the clerk picks a field. The
/// choice is kept on the batch and remembered for the department and item, so the next upload (and the nightly
/// feed of the same department) maps the column without asking.
/// </summary>
internal sealed class ColumnChoices(CollectionDbContext db, ICatalogue catalogue, TimeProvider clock)
{
    /// <summary>Most columns a choice is kept for (a file has at most <see cref="BatchProcessor.MaxColumns"/>).</summary>
    private const int MaxChoices = 500;
    /// <summary>A header as choices are kept (<see cref="HeaderMap.Normalise"/>).</summary>
    private static string Key(string header) => HeaderMap.Normalise(header);

    /// <summary>The batch's own choices, or else the department's remembered ones for the item.</summary>
    public async Task<IReadOnlyDictionary<string, string>> EffectiveAsync(CollectionBatch batch, CancellationToken cancellationToken)
    {
        if (batch.ColumnMapping is { } own)
        {
            return own;
        }

        return await db.RememberedColumns.AsNoTracking()
            .Where(m => m.DepartmentCode == batch.DepartmentCode && m.ItemCode == batch.ItemCode)
            .ToDictionaryAsync(m => m.Header, m => m.FieldKey, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>
    /// The clerk's choices for a draft batch's columns: a field key the item version does not have counts as “ignore”.
    /// Refused (conflict) when the batch is no longer a draft or its item version is gone.
    /// </summary>
    public async Task<Result> ChooseAsync(long batchId, IReadOnlyList<ColumnChoice> columns, string actor, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return Result.NotFound("批次不存在。");
        }

        var item = await catalogue.GetVersionAsync(batch.ItemCode, batch.ItemVersion, cancellationToken);
        if (batch.Status != BatchStatus.Draft || item is null)
        {
            return Result.Conflict("该批次已不是待确认的草稿。");
        }

        var chosen = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var c in columns.Where(c => !string.IsNullOrWhiteSpace(c.Header)).Take(MaxChoices))
        {
            chosen[c.Header!] = c.Field is { Length: > 0 } key && item.IndexOfField(key) >= 0 ? key : null;
        }

        await SaveAsync(batch, chosen, actor, cancellationToken);
        return Result.Success();
    }

    /// <summary>
    /// Saves the clerk's choices for a draft batch: <paramref name="chosen"/> maps a header as delivered to a field key
    /// (empty = ignore the column). Remembered choices of the department follow: set, changed or forgotten.
    /// </summary>
    private async Task SaveAsync(CollectionBatch batch, IReadOnlyDictionary<string, string?> chosen, string actor, CancellationToken cancellationToken)
    {
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (header, key) in chosen)
        {
            if (!string.IsNullOrWhiteSpace(key))
            {
                mapping[Key(header)] = key;
            }
        }

        batch.ColumnMapping = mapping;
        var headers = chosen.Keys.Select(Key).ToList();
        var remembered = await db.RememberedColumns
            .Where(m => m.DepartmentCode == batch.DepartmentCode && m.ItemCode == batch.ItemCode && headers.Contains(m.Header))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var header in headers.Distinct())
        {
            var row = remembered.FirstOrDefault(m => m.Header == header);
            if (!mapping.TryGetValue(header, out var key))
            {
                if (row is not null)
                {
                    db.RememberedColumns.Remove(row);
                }

                continue;
            }

            if (row is null)
            {
                db.RememberedColumns.Add(new RememberedColumn
                {
                    DepartmentCode = batch.DepartmentCode, ItemCode = batch.ItemCode, Header = header, FieldKey = key, UpdatedAt = now, UpdatedBy = actor,
                });
            }
            else if (row.FieldKey != key)
            {
                (row.FieldKey, row.UpdatedAt, row.UpdatedBy) = (key, now, actor);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
