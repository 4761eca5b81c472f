package org.handbook.render.template;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.core.RangeFunction;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * Pebble's {@code range} (and the {@code 1..n} it stands behind) with a ceiling: Pebble builds the
 * whole list first, so {@code range(1, 2000000000)} in a theme would exhaust memory before a
 * character is written.
 */
final class BoundedRange extends AbstractExtension {

    static final long MAX_ITEMS = 100_000;

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(RangeFunction.FUNCTION_NAME, new Bounded());
    }

    private static final class Bounded implements Function {

        private final RangeFunction range = new RangeFunction();

        @Override
        public List<String> getArgumentNames() {
            return range.getArgumentNames();
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            List<String> names = range.getArgumentNames();
            if (args.get(names.get(0)) instanceof Number start && args.get(names.get(1)) instanceof Number end) {
                long step = args.get(names.get(2)) instanceof Number increment ? Math.abs(increment.longValue()) : 1;
                long items = Math.abs(end.longValue() - start.longValue()) / Math.max(1, step) + 1;
                if (items > MAX_ITEMS) {
                    throw new PebbleException(null, "range(" + start + ", " + end + ") makes " + items
                            + " items; a template may loop over at most " + MAX_ITEMS, lineNumber, self.getName());
                }
            }
            return range.execute(args, self, context, lineNumber);
        }
    }
}
