using System.Globalization;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.SharedKernel.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// Turns the other modules' events into alerts, set-based: the event's subject ids are matched against the watched
/// subjects and the set watches in SQL; the facts are read through the owning modules' change contracts for the whole
/// set at once; one <c>INSERT … SELECT … ON CONFLICT DO NOTHING</c> writes every alert, so a redelivered event adds
/// nothing; when one event touches more than <see cref="MonitoringOptions.GroupThreshold"/> subjects of one set watch,
/// their alerts are grouped under one summary alert. Immediate e-mail follows the commit.
/// </summary>
internal sealed partial class AlertMatcher(
    NpgsqlDataSource dataSource,
    FactReader reader,
    ISubjectDirectory subjects,
    IListStanding standing,
    IEvaluationGrades currentGrades,
    IEvaluationFields evaluationFields,
    ISubjectSearchMatches searchMatches,
    AlertMailer mailer,
    IOptions<MonitoringOptions> options,
    TimeProvider clock,
    ILogger<AlertMatcher> logger)
    : IIntegrationEventHandler<CreditRecordsChanged>, IIntegrationEventHandler<ListEntriesChanged>, IIntegrationEventHandler<GradesChanged>,
      IIntegrationEventHandler<SubjectsChanged>
{
    private const string ShapeSql = """
        SELECT coalesce((SELECT array_agg(DISTINCT subject_id) FROM credit.monitoring_watch_items WHERE subject_id = ANY(@ids)), '{}'),
               coalesce((SELECT array_agg(DISTINCT kind) FROM credit.monitoring_set_watches), '{}'),
               EXISTS (SELECT 1 FROM credit.monitoring_watch_items WHERE subject_id IS NULL)
        """;

    /// <summary>Codes watched before the registry knew them: the subject a delivery just created takes the watch.</summary>
    private const string LinkPendingSql = """
        UPDATE credit.monitoring_watch_items i
        SET subject_id = p.subject_id, name = p.name, display_code = p.code, district_code = p.district_code, is_person = p.is_person
        FROM unnest(@keys, @subjects, @names, @codes, @districts, @persons) AS p(lookup_key, subject_id, name, code, district_code, is_person)
        WHERE i.subject_id IS NULL AND i.lookup_key = p.lookup_key
        RETURNING i.subject_id
        """;

    private const string InsertSql = """
        WITH f AS (
            SELECT * FROM unnest(@f_subject, @f_trigger, @f_key, @f_title, @f_detail, @f_serious, @f_link, @f_link_id, @f_link_code, @f_at)
                AS f(subject_id, trigger, fact_key, title, detail, serious, link, link_id, link_code, occurred_at)
        ), s AS (
            SELECT * FROM unnest(@s_id, @s_name, @s_code, @s_district, @s_person) AS s(subject_id, name, code, district_code, is_person)
        ), t AS (
            SELECT * FROM unnest(@t_subject, @t_tag) AS t(subject_id, tag)
        ), tw AS (
            -- Tags × set watches first (a few thousand tags × tens of watches), then joined to the facts by subject:
            -- an EXISTS over the tags per fact and watch was quadratic (24 s for one message of a large delivery).
            SELECT DISTINCT t.subject_id, w.id AS set_id
            FROM t JOIN credit.monitoring_set_watches w ON w.kind <> 1 AND t.tag = ANY(w.tags)
        ), hits AS (
            SELECT l.owner, l.id AS list_id, NULL::bigint AS set_id, l.scope_district, f.*
            FROM f
            JOIN credit.monitoring_watch_items i ON i.subject_id = f.subject_id
            JOIN credit.monitoring_watch_lists l ON l.id = i.watch_list_id
            WHERE f.occurred_at >= i.added_at
            UNION ALL
            SELECT l.owner, l.id, w.id, l.scope_district, f.*
            FROM f
            JOIN s ON s.subject_id = f.subject_id
            JOIN credit.monitoring_set_watches w ON w.kind = 1 AND w.district_code = s.district_code
            JOIN credit.monitoring_watch_lists l ON l.id = w.watch_list_id
            WHERE f.occurred_at >= w.created_at
            UNION ALL
            SELECT l.owner, l.id, w.id, l.scope_district, f.*
            FROM f
            JOIN tw ON tw.subject_id = f.subject_id
            JOIN credit.monitoring_set_watches w ON w.id = tw.set_id
            JOIN credit.monitoring_watch_lists l ON l.id = w.watch_list_id
            WHERE f.occurred_at >= w.created_at
        ), picked AS (
            SELECT DISTINCT ON (h.owner, h.subject_id, h.trigger, h.fact_key)
                   h.owner, h.list_id, h.set_id, h.subject_id, h.trigger, h.fact_key, h.title, h.detail, h.serious, h.link, h.link_id, h.link_code, h.occurred_at,
                   s.name, s.code, s.district_code, s.is_person
            FROM hits h
            JOIN s ON s.subject_id = h.subject_id
            -- Least privilege: a district owner is told only about subjects of its district.
            WHERE h.scope_district = @city OR h.scope_district = s.district_code
            ORDER BY h.owner, h.subject_id, h.trigger, h.fact_key, h.set_id NULLS FIRST, h.list_id
        )
        INSERT INTO credit.monitoring_alerts (owner, watch_list_id, set_watch_id, subject_id, subject_name, subject_code, is_person, district_code,
            trigger, fact_key, title, detail, serious, link, link_id, link_code, occurred_at, created_at, subject_count)
        SELECT owner, list_id, set_id, subject_id, name, code, is_person, district_code,
            trigger, fact_key, title, detail, serious, link, link_id, link_code, occurred_at, @now, 1
        FROM picked
        ON CONFLICT (owner, subject_id, trigger, fact_key) DO NOTHING
        RETURNING id, owner, watch_list_id, set_watch_id, trigger
        """;

    private const string SummarySql = """
        INSERT INTO credit.monitoring_alerts (owner, watch_list_id, set_watch_id, subject_id, subject_name, subject_code, is_person, district_code,
            trigger, fact_key, title, detail, serious, link, occurred_at, created_at, subject_count)
        SELECT @owner, @list, @set, 0, '', '', false, '', @trigger, @key, w.label || '：' || @count || ' 个主体有变动', @detail, @serious, 0, @now, @now, @count
        FROM credit.monitoring_set_watches w WHERE w.id = @set
        ON CONFLICT (owner, subject_id, trigger, fact_key) DO NOTHING
        RETURNING id
        """;

    private const string GroupSql = "UPDATE credit.monitoring_alerts SET summary_id = @summary WHERE id = ANY(@ids) RETURNING serious";

    public Task HandleAsync(CreditRecordsChanged message, CancellationToken cancellationToken) =>
        RunAsync(message.SubjectIds, reader.RecordFactsAsync, linkPending: true, cancellationToken);

    public Task HandleAsync(ListEntriesChanged message, CancellationToken cancellationToken) =>
        RunAsync(message.SubjectIds, reader.ListFactsAsync, linkPending: false, cancellationToken);

    public Task HandleAsync(GradesChanged message, CancellationToken cancellationToken) =>
        RunAsync(message.SubjectIds, reader.GradeFactsAsync, linkPending: false, cancellationToken);

    public Task HandleAsync(SubjectsChanged message, CancellationToken cancellationToken) =>
        RunAsync(message.SubjectIds, reader.StatusFactsAsync, linkPending: true, cancellationToken);

    /// <summary>
    /// Alerts for facts an event or a job carries itself (a commitment breach, an executed repair, an objection, the
    /// repairable day): matched against the watch items and set watches exactly like the others.
    /// </summary>
    public Task RaiseAsync(IReadOnlyList<AlertFact> facts, CancellationToken cancellationToken)
    {
        var ids = facts.Select(f => f.SubjectId).Distinct().ToArray();
        return RunAsync(ids, (candidates, _, _) =>
        {
            var wanted = candidates.ToHashSet();
            return Task.FromResult<IReadOnlyList<AlertFact>>(facts.Where(f => wanted.Contains(f.SubjectId)).ToList());
        }, linkPending: false, cancellationToken);
    }

    /// <summary>Every kind of fact of these subjects since <paramref name="since"/> (the demo seed: alerts for data already there).</summary>
    public async Task CatchUpAsync(long[] subjectIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await RunAsync(subjectIds, (ids, _, ct) => reader.AllAsync(ids, since, ct), linkPending: false, cancellationToken);
    }

    private async Task RunAsync(
        long[] subjectIds,
        Func<IReadOnlyCollection<long>, DateTimeOffset, CancellationToken, Task<IReadOnlyList<AlertFact>>> read,
        bool linkPending,
        CancellationToken cancellationToken)
    {
        if (subjectIds.Length == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        long[] watched;
        short[] setKinds;
        bool pendingCodes;
        await using (var shape = dataSource.CreateCommand(ShapeSql))
        {
            shape.Parameters.Add(new NpgsqlParameter<long[]>("ids", subjectIds));
            await using var r = await shape.ExecuteReaderAsync(cancellationToken);
            await r.ReadAsync(cancellationToken);
            watched = r.GetFieldValue<long[]>(0);
            setKinds = r.GetFieldValue<short[]>(1);
            pendingCodes = r.GetBoolean(2);
        }

        var facts = new List<AlertFact>();
        if (linkPending && pendingCodes)
        {
            var linked = await LinkPendingAsync(subjectIds, cancellationToken);
            facts.AddRange(linked.Select(id => new AlertFact(id, AlertTrigger.PendingSubjectCreated, "p" + id.ToString(CultureInfo.InvariantCulture),
                "关注的代码已在主体库建档（待核实）", "归集数据中出现该代码，主体库据此建立了待核实主体。", false, AlertLink.Subject, null, null, now, [])));
            watched = [.. watched.Union(linked)];
        }

        var candidates = setKinds.Length > 0 ? subjectIds : watched;
        if (candidates.Length == 0)
        {
            return;
        }

        facts.AddRange(await read(candidates, now.AddDays(-options.Value.LookbackDays), cancellationToken));
        if (facts.Count == 0)
        {
            return;
        }

        var factSubjects = facts.Select(f => f.SubjectId).Distinct().ToList();
        var resolved = await subjects.GetAsync(factSubjects, cancellationToken);
        var tags = new List<(long Subject, string Tag)>();
        foreach (var f in facts)
        {
            tags.AddRange(f.Tags.Select(t => (f.SubjectId, t)));
        }

        if (setKinds.Contains((short)SetWatchKind.ListType))
        {
            foreach (var (subject, entries) in await standing.ApprovedEntriesAsync(factSubjects, cancellationToken))
            {
                tags.AddRange(entries.Select(e => (subject, WatchTags.List(e.ListTypeCode))));
            }
        }

        if (setKinds.Contains((short)SetWatchKind.IndustryField) || setKinds.Contains((short)SetWatchKind.DepartmentSupervised))
        {
            // A department's 监管名单: the subjects graded in the fields it supervises (tag D:department).
            var supervisors = setKinds.Contains((short)SetWatchKind.DepartmentSupervised)
                ? (await evaluationFields.FieldsAsync(cancellationToken)).Where(f => f.DepartmentCode is not null).ToDictionary(f => f.Code, f => f.DepartmentCode!, StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (subject, grades) in await currentGrades.CurrentGradesAsync(factSubjects, cancellationToken))
            {
                foreach (var g in grades)
                {
                    tags.Add((subject, WatchTags.Field(g.FieldCode)));
                    tags.Add((subject, WatchTags.Grade(g.FieldCode, g.Grade)));
                    if (supervisors.TryGetValue(g.FieldCode, out var department))
                    {
                        tags.Add((subject, WatchTags.Department(department)));
                    }
                }
            }
        }

        if (setKinds.Contains((short)SetWatchKind.SavedSearch))
        {
            // Saved registry searches: every distinct search evaluated over the event's subjects in one statement (Subjects).
            var searchTags = await SearchTagsAsync(cancellationToken);
            var searches = searchTags.Select(t => WatchTags.ParseSearch(t)!.Value).Select(p => new SavedSubjectSearch(p.Fragment, p.District)).ToList();
            foreach (var (subject, positions) in await searchMatches.MatchAsync(factSubjects, searches, cancellationToken))
            {
                tags.AddRange(positions.Select(i => (subject, searchTags[i])));
            }
        }

        facts = facts.Where(f => resolved.ContainsKey(f.SubjectId)).ToList();
        var created = await InsertAsync(facts, resolved, tags.Distinct().ToList(), now, cancellationToken);
        if (created.Count > 0)
        {
            LogAlerts(logger, created.Count, subjectIds.Length);
            await mailer.SendImmediateAsync(created, cancellationToken);
        }
    }

    private async Task<List<string>> SearchTagsAsync(CancellationToken cancellationToken)
    {
        var found = new List<string>();
        await using var command = dataSource.CreateCommand(
            $"SELECT DISTINCT t FROM credit.monitoring_set_watches, unnest(tags) AS t WHERE kind = {(short)SetWatchKind.SavedSearch} AND t LIKE 'S:%'");
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            if (WatchTags.ParseSearch(r.GetString(0)) is not null)
            {
                found.Add(r.GetString(0));
            }
        }

        return found;
    }

    private async Task<IReadOnlyList<long>> LinkPendingAsync(long[] subjectIds, CancellationToken cancellationToken)
    {
        var entries = (await subjects.GetLookupEntriesAsync(subjectIds, cancellationToken)).Where(e => e.Subject.PendingVerification).ToList();
        if (entries.Count == 0)
        {
            return [];
        }

        await using var command = dataSource.CreateCommand(LinkPendingSql);
        command.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = entries.Select(e => e.LookupKey).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<long[]>("subjects", entries.Select(e => e.Subject.SubjectId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("names", entries.Select(e => e.Subject.Name).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("codes", entries.Select(e => e.Subject.DisplayCode).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("districts", entries.Select(e => e.Subject.DistrictCode).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<bool[]>("persons", entries.Select(e => e.Subject.IsPerson).ToArray()));
        var linked = new List<long>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            linked.Add(r.GetInt64(0));
        }

        return linked.Distinct().ToList();
    }

    private async Task<IReadOnlyList<long>> InsertAsync(
        List<AlertFact> facts, IReadOnlyDictionary<long, ResolvedSubject> resolved, List<(long Subject, string Tag)> tags, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = new List<(long Id, string Owner, long List, long? Set, short Trigger)>();
        await using (var insert = new NpgsqlCommand(InsertSql, connection, transaction))
        {
            insert.CommandTimeout = 300;
            var p = insert.Parameters;
            p.Add(new NpgsqlParameter<long[]>("f_subject", facts.Select(f => f.SubjectId).ToArray()));
            p.Add(new NpgsqlParameter<short[]>("f_trigger", facts.Select(f => (short)f.Trigger).ToArray()));
            p.Add(new NpgsqlParameter<string[]>("f_key", facts.Select(f => f.FactKey).ToArray()));
            p.Add(new NpgsqlParameter<string[]>("f_title", facts.Select(f => f.Title).ToArray()));
            p.Add(new NpgsqlParameter("f_detail", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = facts.Select(f => (object?)f.Detail ?? DBNull.Value).ToArray() });
            p.Add(new NpgsqlParameter<bool[]>("f_serious", facts.Select(f => f.Serious).ToArray()));
            p.Add(new NpgsqlParameter<short[]>("f_link", facts.Select(f => (short)f.Link).ToArray()));
            p.Add(new NpgsqlParameter("f_link_id", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = facts.Select(f => f.LinkId is { } id ? (object)id : DBNull.Value).ToArray() });
            p.Add(new NpgsqlParameter("f_link_code", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = facts.Select(f => (object?)f.LinkCode ?? DBNull.Value).ToArray() });
            p.Add(new NpgsqlParameter<DateTime[]>("f_at", facts.Select(f => f.OccurredAt.UtcDateTime).ToArray()));
            var subjects = resolved.Values.ToList();
            p.Add(new NpgsqlParameter<long[]>("s_id", subjects.Select(s => s.SubjectId).ToArray()));
            p.Add(new NpgsqlParameter<string[]>("s_name", subjects.Select(s => s.Name).ToArray()));
            p.Add(new NpgsqlParameter<string[]>("s_code", subjects.Select(s => s.DisplayCode).ToArray()));
            p.Add(new NpgsqlParameter<string[]>("s_district", subjects.Select(s => s.DistrictCode).ToArray()));
            p.Add(new NpgsqlParameter<bool[]>("s_person", subjects.Select(s => s.IsPerson).ToArray()));
            p.Add(new NpgsqlParameter<long[]>("t_subject", tags.Select(t => t.Subject).ToArray()));
            p.Add(new NpgsqlParameter<string[]>("t_tag", tags.Select(t => t.Tag).ToArray()));
            p.Add(new NpgsqlParameter<string>("city", StaffOwners.City));
            p.Add(new NpgsqlParameter<DateTime>("now", now.UtcDateTime));
            await using var r = await insert.ExecuteReaderAsync(cancellationToken);
            while (await r.ReadAsync(cancellationToken))
            {
                rows.Add((r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.IsDBNull(3) ? null : r.GetInt64(3), r.GetInt16(4)));
            }
        }

        // Grouping: more than the threshold of one set watch's alerts from this one event become one summary.
        var visible = rows.Select(r => r.Id).ToHashSet();
        foreach (var group in rows.Where(r => r.Set is not null).GroupBy(r => (r.Owner, r.List, Set: r.Set!.Value)).Where(g => g.Count() > options.Value.GroupThreshold))
        {
            var ids = group.Select(r => r.Id).Order().ToArray();
            var names = string.Join("、", group.Select(r => AlertTriggers.Name((AlertTrigger)r.Trigger)).Distinct());
            long? summary = null;
            await using (var command = new NpgsqlCommand(SummarySql, connection, transaction))
            {
                command.Parameters.Add(new NpgsqlParameter<string>("owner", group.Key.Owner));
                command.Parameters.Add(new NpgsqlParameter<long>("list", group.Key.List));
                command.Parameters.Add(new NpgsqlParameter<long>("set", group.Key.Set));
                command.Parameters.Add(new NpgsqlParameter<short>("trigger", (short)AlertTrigger.Summary));
                command.Parameters.Add(new NpgsqlParameter<string>("key", "g" + ids[0].ToString(CultureInfo.InvariantCulture)));
                command.Parameters.Add(new NpgsqlParameter<string>("detail", $"本次变动涉及 {ids.Length} 个主体（{names}），明细见汇总提醒。"));
                command.Parameters.Add(new NpgsqlParameter<bool>("serious", false));
                command.Parameters.Add(new NpgsqlParameter<int>("count", ids.Length));
                command.Parameters.Add(new NpgsqlParameter<DateTime>("now", now.UtcDateTime));
                summary = (long?)await command.ExecuteScalarAsync(cancellationToken);
            }

            if (summary is not { } summaryId)
            {
                continue;
            }

            var serious = false;
            await using (var command = new NpgsqlCommand(GroupSql, connection, transaction))
            {
                command.Parameters.Add(new NpgsqlParameter<long>("summary", summaryId));
                command.Parameters.Add(new NpgsqlParameter<long[]>("ids", ids));
                await using var r = await command.ExecuteReaderAsync(cancellationToken);
                while (await r.ReadAsync(cancellationToken))
                {
                    serious |= r.GetBoolean(0);
                }
            }

            if (serious)
            {
                await using var command = new NpgsqlCommand("UPDATE credit.monitoring_alerts SET serious = true WHERE id = @id", connection, transaction);
                command.Parameters.Add(new NpgsqlParameter<long>("id", summaryId));
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            visible.ExceptWith(ids);
            visible.Add(summaryId);
        }

        await transaction.CommitAsync(cancellationToken);
        return [.. visible];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Monitoring: {Count} alerts from an event naming {Subjects} subjects")]
    private static partial void LogAlerts(ILogger logger, int count, int subjects);
}
