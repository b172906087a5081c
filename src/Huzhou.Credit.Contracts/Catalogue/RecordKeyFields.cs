namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>Which fields of a row identify the subject, the record and its decision date.</summary>
/// <param name="SubjectNameField">The field holding the subject's name (行政相对人名称).</param>
/// <param name="SubjectCodeField">The field holding an organisation's USCC (行政相对人代码_1), if any.</param>
/// <param name="SubjectIdNumberField">The field holding a natural person's ID number (证件号码), if any.</param>
/// <param name="SourceKeyField">The department's own identifier of the record (e.g. 行政处罚决定书文号).</param>
/// <param name="DecisionDateField">The decision date the publicity period runs from (e.g. 处罚决定日期).</param>
public sealed record RecordKeyFields(
    string SubjectNameField,
    string? SubjectCodeField,
    string? SubjectIdNumberField,
    string SourceKeyField,
    string DecisionDateField);
