// Rule editor (联合奖惩规则): the parameter picker shows only the options of the chosen condition — list types for
// 列入名单, grades for 行业信用评价等级 — and is switched off for conditions without a parameter. Without this
// script the picker offers every option and the server refuses one that does not fit.
(function () {
    'use strict';
    var condition = document.getElementById('Condition');
    var parameter = document.getElementById('Parameter');
    if (!condition || !parameter) {
        return;
    }

    function update() {
        var any = false;
        parameter.querySelectorAll('optgroup[data-condition]').forEach(function (group) {
            var on = group.getAttribute('data-condition') === condition.value;
            group.hidden = !on;
            group.disabled = !on;
            any = any || on;
        });
        parameter.disabled = !any;
        var selected = parameter.options[parameter.selectedIndex];
        if (selected && selected.parentElement && selected.parentElement.disabled) {
            parameter.value = '';
        }
    }

    condition.addEventListener('change', update);
    update();
}());
