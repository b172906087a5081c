using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.Catalogue.Features;

/// <summary>
/// Validates rows of one item version. Everything that can be worked out once (regular expressions, option
/// lookups, the fields the subject rule reads) is built in the constructor. The positional
/// <see cref="Validate(ReadOnlySpan{string}, Span{string})"/> is the implementation: for good rows it allocates
/// only the values that differ from the delivered text (a date written 2024/2/9, a decimal written 1,234.50,
/// several codes); bad rows also get their messages. The dictionary form wraps it.
/// </summary>
/// <remarks>
/// Identifiers are strict here: a USCC or ID number whose check character fails is rejected, although a
/// credit-office clerk may accept such a code on the subject form with a reason. Bulk deliveries have no one
/// to record that reason, so the department corrects the row (or the subject is registered by hand first).
/// </remarks>
internal sealed class RowValidator : IRowValidator
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    private readonly CompiledField[] _fields;
    private readonly CompiledField? _category;
    private readonly CompiledField? _code;
    private readonly CompiledField? _idNumber;
    private readonly bool _personsOnly;
    private readonly bool _organisationsOnly;
    private readonly TimeProvider _clock;

    public RowValidator(CatalogueItemVersion item, TimeProvider clock)
    {
        Item = item;
        _clock = clock;
        _fields = item.Fields.Select((f, i) => new CompiledField(f, i)).ToArray();
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
        var raw = new string?[_fields.Length];
        for (var i = 0; i < _fields.Length; i++)
        {
            row.TryGetValue(_fields[i].Field.Key, out raw[i]);
        }

        var normalised = new string?[_fields.Length];
        var errors = Validate(raw, normalised);
        var values = new Dictionary<string, string>(_fields.Length, StringComparer.Ordinal);
        for (var i = 0; i < _fields.Length; i++)
        {
            if (normalised[i] is { } value)
            {
                values[_fields[i].Field.Key] = value;
            }
        }

        return new RowValidationResult(values, errors);
    }

    public IReadOnlyList<FieldError> Validate(ReadOnlySpan<string?> raw, Span<string?> values)
    {
        if (raw.Length < _fields.Length || values.Length < _fields.Length)
        {
            throw new ArgumentException($"A row of {Item.ItemCode} v{Item.Version} has {_fields.Length} fields.", nameof(raw));
        }

        List<FieldError>? errors = null;
        for (var i = 0; i < _fields.Length; i++)
        {
            var field = _fields[i];
            values[i] = null;
            var text = raw[i]?.Trim();
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
                values[i] = normalised;
            }
        }

        CheckSubjectIdentified(raw, values, ref errors);
        return errors is null ? Array.Empty<FieldError>() : errors;
    }

    /// <summary>
    /// The subject must be identified: a natural person (行政相对人类别 01, or an item only for persons) by the ID
    /// number field, anyone else by the USCC field. Without a category field, either identifier will do.
    /// </summary>
    private void CheckSubjectIdentified(ReadOnlySpan<string?> raw, Span<string?> values, ref List<FieldError>? errors)
    {
        if (_code is null && _idNumber is null)
        {
            return;
        }

        bool? person = _personsOnly ? true : _organisationsOnly ? false : null;
        if (person is null && _category is not null && values[_category.Index] is { } category)
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
            if (string.IsNullOrWhiteSpace(raw[required.Index]))
            {
                (errors ??= []).Add(required.Error(person == true
                    ? $"行政相对人为自然人时，{required.Field.Label}不能为空"
                    : $"行政相对人为法人或其他组织时，{required.Field.Label}不能为空"));
            }

            return;
        }

        if ((_code is null || string.IsNullOrWhiteSpace(raw[_code.Index])) && (_idNumber is null || string.IsNullOrWhiteSpace(raw[_idNumber.Index])))
        {
            var first = _code ?? _idNumber!;
            var labels = _code is not null && _idNumber is not null ? $"{_code.Field.Label}或{_idNumber.Field.Label}" : first.Field.Label;
            (errors ??= []).Add(first.Error($"请填写{labels}以识别主体"));
        }
    }

    /// <summary>One field with what its checks need, prepared once.</summary>
    private sealed class CompiledField
    {
        private readonly Regex? _pattern;
        private readonly FrozenDictionary<string, string>? _options;
        private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _optionsBySpan;
        private readonly string? _optionList;
        private readonly StringBuilder _codes = new();

        public CompiledField(CatalogueField field, int index)
        {
            Field = field;
            Index = index;
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
                _optionsBySpan = _options.GetAlternateLookup<ReadOnlySpan<char>>();
                _optionList = string.Join("、", field.Options.Select(o => $"{o.Code} {o.Label}"));
            }
        }

        public CatalogueField Field { get; }

        /// <summary>The field's position in the item version (and in a positional row).</summary>
        public int Index { get; }

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
                // Most files already write yyyy-MM-dd: keep the delivered string instead of formatting a new one.
                Span<char> iso = stackalloc char[10];
                DateParsing.FormatIso(date, iso);
                value = text.AsSpan().SequenceEqual(iso) ? text : new string(iso);
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
                // The invariant form, reusing the delivered string when it is that form already.
                Span<char> formatted = stackalloc char[64];
                value = number.TryFormat(formatted, out var written, default, CultureInfo.InvariantCulture)
                    ? text.AsSpan().SequenceEqual(formatted[..written]) ? text : new string(formatted[..written])
                    : number.ToString(CultureInfo.InvariantCulture);
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
            // Parts split at any separator, trimmed, empty ones skipped; each part's code joined with ','. A single
            // part's code is the option's own string, so the common one-code cell allocates nothing.
            value = null;
            string? single = null;
            var count = 0;
            _codes.Clear();
            var span = text.AsSpan();
            foreach (var range in span.SplitAny(StandardColumns.ListSeparators))
            {
                var part = span[range].Trim();
                if (part.IsEmpty)
                {
                    continue;
                }

                if (!_optionsBySpan.TryGetValue(part, out var code))
                {
                    return $"{Field.Label}中的“{Shorten(part.ToString())}”不是有效值（可选：{_optionList}）";
                }

                if (count == 1)
                {
                    _codes.Append(single);
                }

                if (count >= 1)
                {
                    _codes.Append(',').Append(code);
                }

                single = code;
                count++;
            }

            if (count == 0)
            {
                return $"{Field.Label}不能为空";
            }

            value = count == 1 ? single : _codes.ToString();
            return null;
        }

        private string? Uscc(string text, out string? value)
        {
            if (UnifiedSocialCreditCode.IsNormalisedAndValid(text))
            {
                value = text;
                return null;
            }

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

/// <summary>Calendar dates as departments write them: 2024-02-29, 2024/2/9, 2024.2.9, 20240209, 2024年2月9日.</summary>
internal static class DateParsing
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        // Spreadsheet exports often append a midnight time: "2024-02-09 00:00:00".
        var space = text.IndexOfAny(' ', 'T');
        if (space > 0 && space >= 8)
        {
            text = text[..space];
        }

        int year, month, day;
        if (text.Length == 8 && IsDigits(text))
        {
            year = Number(text[..4]);
            month = Number(text.Slice(4, 2));
            day = Number(text.Slice(6, 2));
        }
        else
        {
            if (text.Length < 8 || !IsDigits(text[..4]))
            {
                return false;
            }

            year = Number(text[..4]);
            var rest = text[4..];
            char separator = rest[0];
            char? end = null;
            if (separator == '年')
            {
                end = '日';
            }
            else if (separator is not ('-' or '/' or '.'))
            {
                return false;
            }

            rest = rest[1..];
            var second = separator == '年' ? '月' : separator;
            var at = rest.IndexOf(second);
            if (at is < 1 or > 2 || !IsDigits(rest[..at]))
            {
                return false;
            }

            month = Number(rest[..at]);
            rest = rest[(at + 1)..];
            if (end is { } endChar)
            {
                if (rest.Length == 0 || rest[^1] != endChar)
                {
                    return false;
                }

                rest = rest[..^1];
            }

            if (rest.Length is < 1 or > 2 || !IsDigits(rest))
            {
                return false;
            }

            day = Number(rest);
        }

        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Writes yyyy-MM-dd (as <c>ToString("yyyy-MM-dd", InvariantCulture)</c> does) into ten characters.</summary>
    public static void FormatIso(DateOnly date, Span<char> destination)
    {
        var (year, month, day) = date;
        destination[0] = (char)('0' + (year / 1000));
        destination[1] = (char)('0' + (year / 100 % 10));
        destination[2] = (char)('0' + (year / 10 % 10));
        destination[3] = (char)('0' + (year % 10));
        destination[4] = '-';
        destination[5] = (char)('0' + (month / 10));
        destination[6] = (char)('0' + (month % 10));
        destination[7] = '-';
        destination[8] = (char)('0' + (day / 10));
        destination[9] = (char)('0' + (day % 10));
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
