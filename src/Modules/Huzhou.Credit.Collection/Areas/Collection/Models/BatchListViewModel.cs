using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Collection.Areas.Collection.Models;

internal sealed record BatchListViewModel(PagedList<CollectionBatch> Batches, IReadOnlyDictionary<string, string> DepartmentNames, IReadOnlyDictionary<string, string> ItemNames, bool MayUpload, bool SeesAllDepartments, DateTimeOffset Now);
