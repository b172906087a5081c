using System.Globalization;
using Hangfire;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Evaluation.Domain;
using Huzhou.Credit.Evaluation.Persistence;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.SharedKernel.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.Evaluation.Features;

/// <summary>
/// The scoring job (分级分类评价). A full run reads the record store one bucket (hash partition) at a time — one
/// sequential pass per bucket, aggregated in the database — scores the members of the fields whose records live there,
/// and commits their results together with its checkpoint; then it scores the members without records and withdraws
/// the grades of subjects that left a field. A killed run resumes from its last committed bucket with the same day, so
/// it ends where an uninterrupted run would. The incremental run scores the subjects the events marked since the last one.
/// Runs never overlap (a session advisory lock).
/// </summary>
internal sealed class ScoringRunner(
    EvaluationDbContext db,
    NpgsqlDataSource dataSource,
    ScoringInputs inputs,
    ICreditRecordTallies tallies,
    ISubjectDirectory subjects,
    IBackgroundJobClient jobs,
    JobRuns jobRuns,
    TimeProvider clock,
    ILogger<ScoringRunner> logger)
{
    public const string IncrementalJobId = "evaluation:incremental";

    /// <summary>Subjects per transaction outside the bucket pass.</summary>
    public const int ChunkSize = 5_000;

    /// <summary>The job lock (ADR 0016) every run takes: runs wait for each other, never overlap.</summary>
    public const string LockName = "evaluation:scoring";

    /// <summary>Called after each committed chunk of a full run (progress; tests stop a run here as a crash would).</summary>
    public Func<EvaluationRun, Task>? AfterChunk { get; set; }

    /// <summary>Records a full run of these fields (all when empty) and queues it on the job server.</summary>
    public async Task<EvaluationRun> QueueFullAsync(IReadOnlyCollection<string> fieldCodes, string actor, CancellationToken cancellationToken)
    {
        var run = await CreateFullRunAsync(fieldCodes, actor, cancellationToken);
        jobs.Enqueue<ScoringRunner>(r => r.RunAsync(run.Id, CancellationToken.None));
        return run;
    }

    /// <summary>Records a full run without queueing it (the demo seeder and the benchmark run it in process).</summary>
    public async Task<EvaluationRun> CreateFullRunAsync(IReadOnlyCollection<string> fieldCodes, string actor, CancellationToken cancellationToken)
    {
        var run = new EvaluationRun
        {
            Kind = RunKind.Full,
            FieldCodes = [.. fieldCodes.Distinct().Order(StringComparer.Ordinal)],
            AsOf = ShanghaiTime.Today(clock),
            Status = RunStatus.Queued,
            BucketTotal = tallies.BucketCount + 1,
            StartedAt = clock.GetUtcNow(),
            StartedBy = actor,
        };
        db.Runs.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    /// <summary>Runs (or resumes) a full run. Interrupted by a crash, it is fetched again by the job server once its lease lapses and resumes from its checkpoint.</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(long runId, CancellationToken cancellationToken)
    {
        await using var guard = await jobRuns.StartAsync(LockName, $"分级分类评价：全量运行 {runId}", cancellationToken);
        var run = await db.Runs.SingleAsync(r => r.Id == runId, cancellationToken);
        if (run.Status == RunStatus.Finished)
        {
            await guard.CompleteAsync($"运行 {runId} 已完成，无需再做", cancellationToken);
            return;
        }

        try
        {
            await RunFullAsync(run, guard, cancellationToken);
            await guard.CompleteAsync($"运行 {run.Id}：{run.SubjectsScored} 个结果，{run.GradesChanged} 个等级变化", cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            run.Status = RunStatus.Failed;
            run.Error = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
            db.Entry(run).State = EntityState.Modified;
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }

    private async Task RunFullAsync(EvaluationRun run, JobRun job, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        run.Status = RunStatus.Running;
        run.Error = null;
        await db.SaveChangesAsync(cancellationToken);

        var models = await inputs.ActiveModelsAsync(run.FieldCodes, cancellationToken);
        var roles = await inputs.ItemRolesAsync(cancellationToken);
        var request = ScoringInputs.Request(roles, models, run.AsOf);
        var phase = System.Diagnostics.Stopwatch.StartNew();
        var members = await MembersAsync(models, cancellationToken);
        var membersTime = phase.Elapsed;
        // What the progress bar counts towards: one result per member and field (the run page polls it).
        run.ResultsTotal = members.Values.Sum(m => (long)m.Models.Length);
        await db.SaveChangesAsync(cancellationToken);
        var scope = models.Select(m => m.Field.Code).ToArray();
        TimeSpan waiting = default, listing = default, writing = default;
        logger.LogInformation("Evaluation run {RunId}: {Fields} fields, {Members} members, from bucket {Bucket}", run.Id, scope.Length, members.Count, run.BucketsDone);

        // Two buckets are read at once (each tally is one backend's sequential pass, so two use both cores) while the
        // results of earlier ones are written; they are still committed in bucket order, so the checkpoint stays exact.
        var inFlight = new Queue<Task<Dictionary<long, SubjectFacts>>>();
        var next = run.BucketsDone;
        for (var bucket = run.BucketsDone; bucket < tallies.BucketCount; bucket++)
        {
            while (inFlight.Count < ParallelBuckets && next < tallies.BucketCount)
            {
                inFlight.Enqueue(GatherAsync(next++, request, roles, members, cancellationToken));
            }

            phase.Restart();
            var facts = await inFlight.Dequeue();
            waiting += phase.Elapsed;
            phase.Restart();
            await inputs.AddListsAsync(facts, run.AsOf, cancellationToken);
            listing += phase.Elapsed;
            phase.Restart();
            run.BucketsDone = bucket + 1;
            await WriteAsync(run, scope, [.. facts.Keys], Score(facts, members), deleteMissing: false, cancellationToken);
            writing += phase.Elapsed;
            await job.ProgressAsync(run.BucketsDone, run.BucketTotal, $"运行 {run.Id}：分区 {run.BucketsDone}/{tallies.BucketCount} 已提交", cancellationToken);
            if (AfterChunk is { } after)
            {
                await after(run);
            }
        }

        logger.LogInformation(
            "Evaluation run {RunId}: members {Members:F1} s, waiting for tallies {Waiting:F1} s, lists {Lists:F1} s, writing {Writing:F1} s",
            run.Id, membersTime.TotalSeconds, waiting.TotalSeconds, listing.TotalSeconds, writing.TotalSeconds);
        phase.Restart();

        // Members without any record in the look-back: scored on the provincial evaluation and lists alone.
        var done = await db.Results.AsNoTracking().Where(r => r.RunId == run.Id).Select(r => r.SubjectId).Distinct().ToListAsync(cancellationToken);
        var rest = members.Keys.Except(done).Order().ToList();
        foreach (var chunk in rest.Chunk(ChunkSize))
        {
            var facts = chunk.ToDictionary(id => id, _ => new SubjectFacts());
            await inputs.AddListsAsync(facts, run.AsOf, cancellationToken);
            await WriteAsync(run, scope, chunk, Score(facts, members), deleteMissing: false, cancellationToken);
        }

        // Subjects that left a field (deregistered, moved to another industry): their grade is withdrawn.
        var stale = await db.Results.AsNoTracking().Where(r => scope.Contains(r.FieldCode) && r.RunId != run.Id)
            .Select(r => r.SubjectId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
        foreach (var chunk in stale.Chunk(ChunkSize))
        {
            await WriteAsync(run, scope, chunk, [], deleteMissing: true, cancellationToken);
        }

        logger.LogInformation("Evaluation run {RunId}: members without records and leavers {Seconds:F1} s", run.Id, phase.Elapsed.TotalSeconds);
        run.BucketsDone = run.BucketTotal;
        run.Status = RunStatus.Finished;
        run.FinishedAt = clock.GetUtcNow();
        db.Entry(run).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Evaluation run {RunId} finished: {Scored} results, {Changed} grade changes in {Seconds:F1} s", run.Id, run.SubjectsScored, run.GradesChanged, started.Elapsed.TotalSeconds);
    }

    /// <summary>The nightly incremental run: every subject marked by an event since the last run, in chunks.</summary>
    public async Task<EvaluationRun?> RunIncrementalAsync(CancellationToken cancellationToken)
    {
        await using var guard = await jobRuns.StartAsync(LockName, "分级分类评价：增量运行", cancellationToken);
        // Holding the lock, an incremental run still marked running died with its process; its marks that were not
        // cleared are still there, so this run scores them.
        await db.Runs.Where(r => r.Kind == RunKind.Incremental && r.Status == RunStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RunStatus.Failed).SetProperty(r => r.Error, "运行中断（进程退出），未完成的主体由下一次增量运行评价。"), cancellationToken);
        var models = await inputs.ActiveModelsAsync([], cancellationToken);
        if (models.Count == 0 || !await db.DirtySubjects.AnyAsync(cancellationToken))
        {
            await guard.CompleteAsync("没有待评价的主体", cancellationToken);
            return null;
        }

        var run = new EvaluationRun
        {
            Kind = RunKind.Incremental,
            AsOf = ShanghaiTime.Today(clock),
            Status = RunStatus.Running,
            BucketTotal = 1,
            StartedAt = clock.GetUtcNow(),
            StartedBy = "system",
        };
        db.Runs.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        var roles = await inputs.ItemRolesAsync(cancellationToken);
        var request = ScoringInputs.Request(roles, models, run.AsOf);
        var scope = models.Select(m => m.Field.Code).ToArray();
        var cutoff = run.StartedAt;
        long after = 0;
        // The next chunk's tallies are read while this one is scored and written (two backends, both cores).
        var pending = new Queue<(long[] Ids, Dictionary<long, (OrganisationProfile Profile, ActiveModel[] Models)> Members, Task<Dictionary<long, SubjectFacts>> Facts)>();
        while (true)
        {
            while (pending.Count < ParallelBuckets)
            {
                // Marks made after the run started stay for the next run (a subject changed twice is scored twice, never missed).
                var ids = await db.DirtySubjects.AsNoTracking().Where(d => d.SubjectId > after && d.MarkedAt <= cutoff)
                    .OrderBy(d => d.SubjectId).Select(d => d.SubjectId).Take(ChunkSize).ToListAsync(cancellationToken);
                if (ids.Count == 0)
                {
                    break;
                }

                after = ids[^1];
                var members = Members(models, await subjects.GetOrganisationProfilesAsync(ids, cancellationToken));
                pending.Enqueue(([.. ids], members, TallySubjectsAsync(members, request, roles, cancellationToken)));
            }

            if (pending.Count == 0)
            {
                break;
            }

            var (chunkIds, chunkMembers, gathering) = pending.Dequeue();
            var facts = await gathering;
            await inputs.AddListsAsync(facts, run.AsOf, cancellationToken);
            await WriteAsync(run, scope, chunkIds, Score(facts, chunkMembers), deleteMissing: true, cancellationToken, clearDirtyBefore: cutoff);
        }

        run.BucketsDone = 1;
        run.Status = RunStatus.Finished;
        run.FinishedAt = clock.GetUtcNow();
        db.Entry(run).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Incremental evaluation run {RunId}: {Scored} results, {Changed} grade changes", run.Id, run.SubjectsScored, run.GradesChanged);
        await guard.CompleteAsync($"运行 {run.Id}：{run.SubjectsScored} 个结果，{run.GradesChanged} 个等级变化", cancellationToken);
        return run;
    }

    /// <summary>Buckets whose tallies are read at the same time.</summary>
    public const int ParallelBuckets = 2;

    private async Task<Dictionary<long, SubjectFacts>> TallySubjectsAsync(
        Dictionary<long, (OrganisationProfile Profile, ActiveModel[] Models)> members, Contracts.Records.RecordTallyRequest request, ItemRoles roles, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var facts = members.Keys.ToDictionary(id => id, _ => new SubjectFacts());
        if (facts.Count > 0)
        {
            await foreach (var tally in tallies.TallySubjectsAsync([.. facts.Keys], request, cancellationToken))
            {
                ScoringInputs.Add(facts[tally.SubjectId], tally, roles);
            }
        }

        return facts;
    }

    private async Task<Dictionary<long, SubjectFacts>> GatherAsync(
        int bucket, Contracts.Records.RecordTallyRequest request, ItemRoles roles, Dictionary<long, (OrganisationProfile Profile, ActiveModel[] Models)> members, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var facts = new Dictionary<long, SubjectFacts>();
        await foreach (var tally in tallies.TallyBucketAsync(bucket, request, cancellationToken))
        {
            if (members.ContainsKey(tally.SubjectId))
            {
                if (!facts.TryGetValue(tally.SubjectId, out var f))
                {
                    facts[tally.SubjectId] = f = new SubjectFacts();
                }

                ScoringInputs.Add(f, tally, roles);
            }
        }

        return facts;
    }

    private async Task<Dictionary<long, (OrganisationProfile Profile, ActiveModel[] Models)>> MembersAsync(IReadOnlyList<ActiveModel> models, CancellationToken cancellationToken)
    {
        var sections = models.SelectMany(m => m.Field.IndustrySections).Distinct().ToArray();
        var profiles = new List<OrganisationProfile>();
        await foreach (var p in subjects.StreamOrganisationProfilesAsync(sections, cancellationToken))
        {
            profiles.Add(p);
        }

        return Members(models, profiles);
    }

    private static Dictionary<long, (OrganisationProfile Profile, ActiveModel[] Models)> Members(IReadOnlyList<ActiveModel> models, IEnumerable<OrganisationProfile> profiles)
    {
        var members = new Dictionary<long, (OrganisationProfile, ActiveModel[])>();
        foreach (var p in profiles.Where(p => p.Active))
        {
            var fields = models.Where(m => m.Field.Includes(p.IndustryCode, p.Name)).ToArray();
            if (fields.Length > 0)
            {
                members[p.SubjectId] = (p, fields);
            }
        }

        return members;
    }

    private static List<ScoredRow> Score(Dictionary<long, SubjectFacts> facts, Dictionary<long, (OrganisationProfile Profile, ActiveModel[] Models)> members)
    {
        var rows = new List<ScoredRow>(facts.Count);
        foreach (var (id, f) in facts)
        {
            var (profile, models) = members[id];
            rows.AddRange(models.Select(m => new ScoredRow(m, profile, ScoreCalculator.Score(m.Definition, f))));
        }

        return rows;
    }

    private sealed record ScoredRow(ActiveModel Model, OrganisationProfile Profile, SubjectScore Score);

    private const string UpsertSql = """
        INSERT INTO credit.evaluation_results AS r
            (field_code, subject_id, model_version, score, grade, points, facts, counts, adjustment, subject_name, subject_code, district_code, as_of, evaluated_at, run_id)
        SELECT u.f, u.s, u.v, u.score, u.grade, u.points::numeric[], u.facts::numeric[], u.counts::int[], u.adj, u.name, u.code, u.district, @asOf, @now, @run
        FROM unnest(@fields, @subjects, @versions, @scores, @grades, @points, @facts, @counts, @adjustments, @names, @codes, @districts)
            AS u(f, s, v, score, grade, points, facts, counts, adj, name, code, district)
        ON CONFLICT (field_code, subject_id) DO UPDATE SET
            model_version = excluded.model_version, score = excluded.score, grade = excluded.grade, points = excluded.points,
            facts = excluded.facts, counts = excluded.counts, adjustment = excluded.adjustment, subject_name = excluded.subject_name,
            subject_code = excluded.subject_code, district_code = excluded.district_code, as_of = excluded.as_of,
            evaluated_at = excluded.evaluated_at, run_id = excluded.run_id
        """;

    /// <summary>
    /// One transaction: the chunk's results, the grade changes against what was there, the event naming the subjects
    /// whose grade changed, the run's checkpoint and counters, and (incremental) the marks it has dealt with.
    /// </summary>
    private async Task WriteAsync(EvaluationRun run, string[] scope, long[] subjectIds, List<ScoredRow> rows, bool deleteMissing, CancellationToken cancellationToken, DateTimeOffset? clearDirtyBefore = null)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var old = new Dictionary<(string Field, long Subject), (string Grade, decimal Score)>();
        await using (var read = new NpgsqlCommand(
            "SELECT field_code, subject_id, grade, score FROM credit.evaluation_results WHERE subject_id = ANY(@ids) AND field_code = ANY(@scope) FOR UPDATE",
            connection, transaction))
        {
            read.Parameters.Add(new NpgsqlParameter<long[]>("ids", subjectIds));
            read.Parameters.Add(new NpgsqlParameter<string[]>("scope", scope));
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                old[(reader.GetString(0), reader.GetInt64(1))] = (reader.GetString(2), reader.GetDecimal(3));
            }
        }

        if (rows.Count > 0)
        {
            await using var upsert = new NpgsqlCommand(UpsertSql, connection, transaction);
            var p = upsert.Parameters;
            p.AddUnnest(rows)
                .Column("fields", r => r.Model.Field.Code)
                .Column("subjects", r => r.Profile.SubjectId)
                .Column("versions", r => r.Model.Version.Version)
                .Column("scores", r => r.Score.Score)
                .Column("grades", r => r.Score.Grade)
                .Column("points", r => Literal(r.Score.Points))
                .Column("facts", r => Literal(r.Score.Facts))
                .Column("counts", r => "{" + string.Join(',', r.Score.Counts) + "}")
                .Column("adjustments", r => r.Score.Adjustment)
                .Column("names", r => r.Profile.Name)
                .Column("codes", r => r.Profile.Code)
                .Column("districts", r => r.Profile.DistrictCode);
            p.Add(new NpgsqlParameter<DateOnly>("asOf", run.AsOf));
            p.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
            p.Add(new NpgsqlParameter<long>("run", run.Id));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        var fresh = rows.ToDictionary(r => (r.Model.Field.Code, r.Profile.SubjectId), r => r);
        var gone = deleteMissing ? old.Keys.Where(k => !fresh.ContainsKey(k)).ToList() : [];
        if (gone.Count > 0)
        {
            await using var delete = new NpgsqlCommand(
                "DELETE FROM credit.evaluation_results r USING unnest(@f, @s) AS g(f, s) WHERE r.field_code = g.f AND r.subject_id = g.s",
                connection, transaction);
            delete.Parameters.AddUnnest(gone)
                .Column("f", k => k.Field)
                .Column("s", k => k.Subject);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        var changes = new List<GradeChange>();
        foreach (var (key, row) in fresh)
        {
            var had = old.TryGetValue(key, out var o);
            if (!had || o.Grade != row.Score.Grade)
            {
                changes.Add(new GradeChange
                {
                    FieldCode = key.Item1, SubjectId = key.Item2, OldGrade = had ? o.Grade : null, NewGrade = row.Score.Grade,
                    OldScore = had ? o.Score : null, NewScore = row.Score.Score, ModelVersion = row.Model.Version.Version, RunId = run.Id, ChangedAt = now,
                });
            }
        }

        changes.AddRange(gone.Select(k => new GradeChange
        {
            FieldCode = k.Field, SubjectId = k.Subject, OldGrade = old[k].Grade, OldScore = old[k].Score, RunId = run.Id, ChangedAt = now,
        }));
        if (changes.Count > 0)
        {
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO credit.evaluation_grade_changes (field_code, subject_id, old_grade, new_grade, old_score, new_score, model_version, run_id, changed_at)
                SELECT * FROM unnest(@f, @s, @og, @ng, @os, @ns, @v, @run, @at)
                """, connection, transaction);
            insert.Parameters.AddUnnest(changes)
                .Column("f", c => c.FieldCode)
                .Column("s", c => c.SubjectId)
                .Column("og", c => c.OldGrade)
                .Column("ng", c => c.NewGrade)
                .Column("os", c => c.OldScore)
                .Column("ns", c => c.NewScore)
                .Column("v", c => c.ModelVersion)
                .Column("run", _ => run.Id)
                .Column("at", _ => now);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            await Outbox.WriteAsync(connection, transaction, [new GradesChanged([.. changes.Select(c => c.SubjectId).Distinct()])], cancellationToken);
        }

        if (clearDirtyBefore is { } before)
        {
            await using var clear = new NpgsqlCommand(
                "DELETE FROM credit.evaluation_dirty_subjects WHERE subject_id = ANY(@ids) AND marked_at <= @before", connection, transaction);
            clear.Parameters.Add(new NpgsqlParameter<long[]>("ids", subjectIds));
            clear.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("before", before));
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        run.SubjectsScored += rows.Count;
        run.GradesChanged += changes.Count;
        await using (var progress = new NpgsqlCommand(
            "UPDATE credit.evaluation_runs SET buckets_done = @done, subjects_scored = @scored, grades_changed = @changed, status = @status WHERE id = @id",
            connection, transaction))
        {
            progress.Parameters.Add(new NpgsqlParameter<int>("done", run.BucketsDone));
            progress.Parameters.Add(new NpgsqlParameter<long>("scored", run.SubjectsScored));
            progress.Parameters.Add(new NpgsqlParameter<long>("changed", run.GradesChanged));
            progress.Parameters.Add(new NpgsqlParameter<short>("status", (short)RunStatus.Running));
            progress.Parameters.Add(new NpgsqlParameter<long>("id", run.Id));
            await progress.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static string Literal(decimal[] values) => "{" + string.Join(',', values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "}";
}
