using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.Catalogue.Features;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.UnitTests.Catalogue;

/// <summary>
/// The dictionary validator exactly as it was before validation went positional (commit 5def138), kept as the
/// oracle the compiled validator is compared with. Not used by the application.
/// </summary>
internal sealed class LegacyRowValidator
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    private readonly CompiledField[] _fields;
    private readonly CompiledField? _category;
    private readonly CompiledField? _code;
    private readonly CompiledField? _idNumber;
    private readonly bool _personsOnly;
    private readonly bool _organisationsOnly;
    private readonly TimeProvider _clock;

    public LegacyRowValidator(CatalogueItemVersion item, TimeProvider clock)
    {
        Item = item;
        _clock = clock;
        _fields = item.Fields.Select(f => new CompiledField(f)).ToArray();
        _category = _fields.FirstOrDefault(f => f.Field.Key == StandardColumns.SubjectCategory && f.Field.Type == FieldType.Enum);
        _code = item.Keys.SubjectCodeField is { } c ? _fields.FirstOrDefault(f => f.Field.Key == c) : null;
        _idNumber = item.Keys.SubjectIdNumberField is { } i ? _fields.FirstOrDefault(f => f.Field.Key == i) : null;
        _personsOnly = item.SubjectKinds.Count > 0 && item.SubjectKinds.All(k => k == SubjectKind.NaturalPerson);
        _organisationsOnly = item.SubjectKinds.Count > 0 && !item.SubjectKinds.Contains(SubjectKind.NaturalPerson);
    }

    public CatalogueItemVersion Item { get; }

    public RowValidationResult Validate(IReadOnlyDictionary<string, string?> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var values = new Dictionary<string, string>(_fields.Length, StringComparer.Ordinal);
        List<FieldError>? errors = null;
        foreach (var field in _fields)
        {
            row.TryGetValue(field.Field.Key, out var raw);
            var text = raw?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (field.Field.Required)
                {
                    (errors ??= []).Add(field.Error($"{field.Field.Label}不能为空"));
                }

                continue;
            }

            var error = field.Normalise(text, _clock, out var normalised);
            if (error is not null)
            {
                (errors ??= []).Add(field.Error(error));
            }
            else
            {
                values[field.Field.Key] = normalised!;
            }
        }

        CheckSubjectIdentified(row, values, ref errors);
        return new RowValidationResult(values, errors is null ? [] : errors);
    }

    /// <summary>
    /// The subject must be identified: a natural person (行政相对人类别 01, or an item only for persons) by the ID
    /// number field, anyone else by the USCC field. Without a category field, either identifier will do.
    /// </summary>
    private void CheckSubjectIdentified(IReadOnlyDictionary<string, string?> row, Dictionary<string, string> values, ref List<FieldError>? errors)
    {
        if (_code is null && _idNumber is null)
        {
            return;
        }

        bool? person = _personsOnly ? true : _organisationsOnly ? false : null;
        if (person is null && _category is not null && values.TryGetValue(_category.Field.Key, out var category))
        {
            person = category == StandardColumns.NaturalPersonCategory;
        }

        CompiledField? required = person switch
        {
            true => _idNumber,
            false => _code,
            null => null,
        };
        if (required is not null)
        {
            if (IsBlank(row, required.Field.Key))
            {
                (errors ??= []).Add(required.Error(person == true
                    ? $"行政相对人为自然人时，{required.Field.Label}不能为空"
                    : $"行政相对人为法人或其他组织时，{required.Field.Label}不能为空"));
            }

            return;
        }

        if ((_code is null || IsBlank(row, _code.Field.Key)) && (_idNumber is null || IsBlank(row, _idNumber.Field.Key)))
        {
            var first = _code ?? _idNumber!;
            var labels = _code is not null && _idNumber is not null ? $"{_code.Field.Label}或{_idNumber.Field.Label}" : first.Field.Label;
            (errors ??= []).Add(first.Error($"请填写{labels}以识别主体"));
        }
    }

    private static bool IsBlank(IReadOnlyDictionary<string, string?> row, string key) =>
        !row.TryGetValue(key, out var v) || string.IsNullOrWhiteSpace(v);

    /// <summary>One field with what its checks need, prepared once.</summary>
    private sealed class CompiledField
    {
        private readonly Regex? _pattern;
        private readonly FrozenDictionary<string, string>? _options;
        private readonly string? _optionList;

        public CompiledField(CatalogueField field)
        {
            Field = field;
            if (!string.IsNullOrEmpty(field.Pattern))
            {
                _pattern = new Regex(field.Pattern, RegexOptions.CultureInvariant, PatternTimeout);
            }

            if (field.Type is FieldType.Enum or FieldType.CodeList)
            {
                var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var o in field.Options)
                {
                    map.TryAdd(o.Code, o.Code);
                }

                foreach (var o in field.Options)
                {
                    map.TryAdd(o.Label, o.Code);
                }

                _options = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
                _optionList = string.Join("、", field.Options.Select(o => $"{o.Code} {o.Label}"));
            }
        }

        public CatalogueField Field { get; }

        public FieldError Error(string message) => new(Field.Key, Field.Label, message);

        /// <summary>Returns an error message, or null with the normalised value.</summary>
        public string? Normalise(string text, TimeProvider clock, out string? value)
        {
            value = null;
            string? error = Field.Type switch
            {
                FieldType.Text => Text(text, out value),
                FieldType.Date => DateValue(text, out value),
                FieldType.Decimal => DecimalValue(text, out value),
                FieldType.Enum => EnumValue(text, out value),
                FieldType.CodeList => CodeListValue(text, out value),
                FieldType.Uscc => Uscc(text, out value),
                FieldType.IdNumber => IdNumber(text, clock, out value),
                _ => $"{Field.Label}的字段类型未知",
            };
            if (error is not null)
            {
                return error;
            }

            if (Field.MaxLength is { } max && value!.Length > max)
            {
                return $"{Field.Label}不能超过 {max} 个字（当前 {value.Length} 个）";
            }

            if (_pattern is not null && Field.Type != FieldType.IdNumber)
            {
                bool matches;
                try
                {
                    matches = _pattern.IsMatch(value!);
                }
                catch (RegexMatchTimeoutException)
                {
                    matches = false;
                }

                if (!matches)
                {
                    return $"{Field.Label}“{Shorten(value!)}”格式不正确";
                }
            }

            return null;
        }

        private static string? Text(string text, out string value)
        {
            value = text;
            return null;
        }

        private string? DateValue(string text, out string? value)
        {
            if (DateParsing.TryParse(text, out var date))
            {
                value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return null;
            }

            value = null;
            return $"{Field.Label}“{Shorten(text)}”不是有效日期";
        }

        private string? DecimalValue(string text, out string? value)
        {
            value = null;
            if (text.Contains(',', StringComparison.Ordinal) && !ValidThousands(text))
            {
                return $"{Field.Label}“{Shorten(text)}”不是有效数值";
            }

            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number))
            {
                value = number.ToString(CultureInfo.InvariantCulture);
                return null;
            }

            return $"{Field.Label}“{Shorten(text)}”不是有效数值";
        }

        /// <summary>Thousands separators only in groups of three before the decimal point ("1,234.5", not "1,2").</summary>
        private static bool ValidThousands(string text)
        {
            var span = text.AsSpan().TrimStart("+-");
            var point = span.IndexOf('.');
            var whole = point < 0 ? span : span[..point];
            var groups = 0;
            var first = true;
            foreach (var range in whole.Split(','))
            {
                var length = range.End.GetOffset(whole.Length) - range.Start.GetOffset(whole.Length);
                if (first ? length is < 1 or > 3 : length != 3)
                {
                    return false;
                }

                first = false;
                groups++;
            }

            return groups > 1;
        }

        private string? EnumValue(string text, out string? value)
        {
            if (_options!.TryGetValue(text, out value))
            {
                return null;
            }

            return $"{Field.Label}“{Shorten(text)}”不是有效值（可选：{_optionList}）";
        }

        private string? CodeListValue(string text, out string? value)
        {
            value = null;
            var builder = new StringBuilder(text.Length);
            foreach (var part in text.Split(StandardColumns.ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!_options!.TryGetValue(part, out var code))
                {
                    return $"{Field.Label}中的“{Shorten(part)}”不是有效值（可选：{_optionList}）";
                }

                if (builder.Length > 0)
                {
                    builder.Append(',');
                }

                builder.Append(code);
            }

            if (builder.Length == 0)
            {
                return $"{Field.Label}不能为空";
            }

            value = builder.ToString();
            return null;
        }

        private string? Uscc(string text, out string? value)
        {
            value = null;
            var result = UnifiedSocialCreditCode.TryParse(text);
            if (!result.Succeeded)
            {
                return $"{Field.Label}“{Shorten(text)}”无效：{result.FirstErrorMessage}";
            }

            if (result.HasWarnings)
            {
                return $"{Field.Label}“{result.Value!.Value}”校验位不符：{result.Warnings.First().Message.Split('。')[0]}。批量报送不接受校验位不符的代码，请核对后重新报送";
            }

            value = result.Value!.Value;
            return null;
        }

        // The raw number is personal data: messages never repeat it.
        private string? IdNumber(string text, TimeProvider clock, out string? value)
        {
            value = null;
            var result = ResidentIdNumber.TryParse(text, clock);
            if (!result.Succeeded)
            {
                return $"{Field.Label}无效：{result.FirstErrorMessage}";
            }

            if (result.HasWarnings)
            {
                return $"{Field.Label}校验码不符，请核对身份证原件后重新报送";
            }

            value = result.Value!.Value;
            return null;
        }

        private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
    }
}
