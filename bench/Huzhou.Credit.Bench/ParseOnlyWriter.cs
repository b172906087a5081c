using System.Security.Cryptography;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.SharedKernel.Security;
using Huzhou.Credit.Subjects.Records;

namespace Huzhou.Credit.Bench;

/// <summary>
/// <c>--parse-only</c>: derives what the real writer derives per row (subject columns, record id, content hash)
/// and discards the row, so the benchmark can show how much of the end-to-end time is the importer's own work.
/// Counts are reported as inserted so the batch completes.
/// </summary>
internal sealed class ParseOnlyWriter(PersonalDataProtector protector) : ICreditRecordWriter
{
    public Task<ICreditRecordBatchWriter> BeginAsync(long batchId, string providerDepartment, string actor, CancellationToken cancellationToken = default) =>
        Task.FromResult<ICreditRecordBatchWriter>(new Batch(protector));

    private sealed class Batch(PersonalDataProtector protector) : ICreditRecordBatchWriter
    {
        private readonly byte[] _scratch = new byte[SHA256.HashSizeInBytes];
        private long _rows;

        public ValueTask AddAsync(IncomingCreditRecord record, CancellationToken cancellationToken = default)
        {
            _ = StagedSubject.From(record, protector);
            _ = RecordKey.Compute(record.ItemCode, record.SourceKey);
            _ = ContentHash.Compute(record, _scratch);
            _rows++;
            return ValueTask.CompletedTask;
        }

        public Task<RecordMergeResult> CompleteAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(new RecordMergeResult(_rows, 0, 0, 0));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
