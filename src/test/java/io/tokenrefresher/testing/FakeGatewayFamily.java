package io.tokenrefresher.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;

/**
 * What {@link FakeGateway} does differently as another member of the BladeX family: SpringBlade's
 * camelCase parameters and wrapped answers (errors as HTTP 200 with {@code success:false}), the captcha
 * endpoints and grant (single-use codes), and BladeX's lockout after a number of failed log-ins. Kept
 * apart so the gateway's own exchange stays readable.
 */
final class FakeGatewayFamily {
    static final String BLADEX_CAPTCHA_PATH = "/blade-auth/oauth/captcha";
    static final String SPRINGBLADE_CAPTCHA_PATH = "/blade-auth/captcha";
    static final String LOCKED = "登录错误次数过多，请30分钟后再试";
    static final String CAPTCHA_WRONG = "验证码不正确";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final boolean springBlade;
    final boolean captcha;
    final int lockoutAfter;
    private final Map<String, String> captchaCodes = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private volatile String lastCaptchaKey;

    FakeGatewayFamily(boolean springBlade, boolean captcha, int lockoutAfter) {
        this.springBlade = springBlade;
        this.captcha = captcha;
        this.lockoutAfter = lockoutAfter;
    }

    String captchaPath() {
        return springBlade ? SPRINGBLADE_CAPTCHA_PATH : BLADEX_CAPTCHA_PATH;
    }

    /** A new captcha: {@code {"key","image"}} (BladeX) or the same wrapped (SpringBlade). */
    ObjectNode newCaptcha() {
        String key = UUID.randomUUID().toString().replace("-", "");
        String code = String.valueOf(1000 + ThreadLocalRandom.current().nextInt(9000));
        captchaCodes.put(key, code);
        lastCaptchaKey = key;
        ObjectNode body = NODES.objectNode();
        body.put("key", key);
        body.put("image", "data:image/png;base64," + Base64.getEncoder().encodeToString(png(code)));
        return springBlade ? wrap(200, true, body, "操作成功") : body;
    }

    /** The code of a captcha still unused, for tests that play the user reading the image. */
    String codeOf(String key) {
        return captchaCodes.get(key);
    }

    String lastCaptchaKey() {
        return lastCaptchaKey;
    }

    /** Whether the headers name a live captcha and its code; the captcha is used up either way, as BladeX's is. */
    boolean captchaAccepted(String key, String code) {
        String expected = key == null ? null : captchaCodes.remove(key);
        return expected != null && expected.equalsIgnoreCase(code == null ? "" : code.trim());
    }

    /** SpringBlade's parameter names read as the standard ones. */
    Map<String, String> standardNames(Map<String, String> wire) {
        if (!springBlade) {
            return wire;
        }
        Map<String, String> standard = new LinkedHashMap<>();
        wire.forEach((name, value) -> standard.put(switch (name) {
            case "grantType" -> "grant_type";
            case "account" -> "username";
            case "refreshToken" -> "refresh_token";
            default -> name;
        }, value));
        return standard;
    }

    boolean locked(String user) {
        return lockoutAfter > 0 && failures.getOrDefault(user, 0) >= lockoutAfter;
    }

    void failed(String user) {
        failures.merge(user, 1, Integer::sum);
    }

    void succeeded(String user) {
        failures.remove(user);
    }

    /** SpringBlade's camelCase answer, wrapped; {@code standard} is the gateway's usual answer. */
    ObjectNode springBladeAnswer(ObjectNode standard) {
        ObjectNode data = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> it = standard.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            data.set(camel(e.getKey()), e.getValue());
        }
        return wrap(200, true, data, "操作成功");
    }

    static ObjectNode wrap(int code, boolean success, JsonNode data, String msg) {
        ObjectNode body = NODES.objectNode();
        body.put("code", code);
        body.put("success", success);
        body.set("data", data == null ? NODES.nullNode() : data);
        body.put("msg", msg);
        return body;
    }

    private static String camel(String snake) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    /** A small PNG showing the code, as a captcha endpoint draws one. */
    private static byte[] png(String code) {
        BufferedImage image = new BufferedImage(100, 36, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0xF2F4F7));
            g.fillRect(0, 0, 100, 36);
            g.setColor(new Color(0x1F5FBF));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD | Font.ITALIC, 24));
            g.drawString(code, 18, 27);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
